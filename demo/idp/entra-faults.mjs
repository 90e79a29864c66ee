// The faults a customer of the sign-in journey can meet at Microsoft Entra, as the Microsoft mode of
// the development provider (entra.mjs) answers them. Each AADSTS number and name comes from
// Microsoft's published error reference:
//
//   [ref] "Microsoft Entra authentication and authorization error codes",
//         https://learn.microsoft.com/entra/identity-platform/reference-error-codes
//         (source file MicrosoftDocs/azure-docs, articles/active-directory/develop/reference-error-codes.md,
//         ms.date 06/07/2023, read at commit 1d608ef45402402b5a0795db9a09e2985623c58b).
//
// The same page gives the error format (`error`, `error_description` starting with `AADSTSnnnnn:`,
// `error_codes`, `timestamp`, `trace_id`, `correlation_id`, `error_uri`). The `suberror` values
// are the ones Entra sends and MSAL recognises (InteractionRequiredAuthSubErrorMessage in
// @azure/msal-common 16.x). The OAuth `error` value of each fault is our choice among the
// values the reference lists (`interaction_required`, `invalid_grant`, `access_denied`,
// `invalid_request`, `unauthorized_client`…): the reference does not give one per AADSTS number.
//
// `at` says where Entra reports it:
//   - `authorize`: back to the redirect URI (the front channel), after the customer signed in;
//   - `page`: on Microsoft's own error page, which cannot return to an application it does not
//     trust (unknown client, unregistered redirect URI);
//   - `token`: in the JSON answer of the token endpoint (code redemption or renewal).

/** @typedef {{ code: number, name: string, error: string, suberror?: string, at: 'authorize' | 'page' | 'token', category: string, text: string }} EntraFault */

/** @type {Readonly<Record<string, EntraFault>>} */
export const ENTRA_FAULTS = {
  'mfa-required': {
    category: 'MFA required',
    code: 50076,
    name: 'UserStrongAuthClientAuthNRequired',
    error: 'interaction_required',
    suberror: 'basic_action',
    at: 'token',
    text: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  },
  'mfa-registration-required': {
    category: 'MFA registration (proof-up) required',
    code: 50079,
    name: 'UserStrongAuthEnrollmentRequired',
    error: 'interaction_required',
    suberror: 'basic_action',
    at: 'token',
    text: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  },
  'mfa-registration-blocked': {
    category: 'MFA registration (proof-up) blocked',
    code: 53004,
    name: 'ProofUpBlockedDueToRisk',
    error: 'access_denied',
    at: 'authorize',
    text: 'User needs to complete the multi-factor authentication registration process before accessing this content.',
  },
  'conditional-access-blocked': {
    category: 'Blocked by conditional access',
    code: 53003,
    name: 'BlockedByConditionalAccess',
    error: 'access_denied',
    at: 'authorize',
    text: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  },
  'guest-not-in-tenant': {
    category: 'Guest account not in the tenant',
    code: 50020,
    name: 'UserUnauthorized',
    error: 'invalid_request',
    at: 'authorize',
    text: 'User account from identity provider does not exist in tenant and cannot access the application in that tenant. The account needs to be added as an external user in the tenant first.',
  },
  'guest-not-invited': {
    category: 'Guest account not invited',
    code: 90072,
    name: 'PassThroughUserMfaError',
    error: 'invalid_request',
    at: 'authorize',
    text: "The external account that the user signs in with doesn't exist on the tenant that they signed into.",
  },
  'not-assigned': {
    category: 'User not assigned to the application',
    code: 50105,
    name: 'EntitlementGrantsNotFound',
    error: 'access_denied',
    at: 'authorize',
    text: "The signed in user isn't assigned to a role for the signed in app.",
  },
  'account-disabled': {
    category: 'Account disabled',
    code: 50057,
    name: 'UserDisabled',
    error: 'invalid_request',
    at: 'authorize',
    text: 'The user account is disabled.',
  },
  'account-locked': {
    category: 'Account locked',
    code: 50053,
    name: 'IdsLocked',
    error: 'invalid_request',
    at: 'authorize',
    text: 'Your account is locked because you tried to sign in too many times with an incorrect user ID or password.',
  },
  'unknown-client': {
    category: 'Application misconfigured: unknown client',
    code: 700016,
    name: 'UnauthorizedClient_DoesNotMatchRequest',
    error: 'unauthorized_client',
    at: 'page',
    text: 'Application was not found in the directory. This can happen if the application has not been installed by the administrator of the tenant.',
  },
  'wrong-redirect-uri': {
    category: 'Application misconfigured: wrong redirect URI',
    code: 50011,
    name: 'InvalidReplyTo',
    error: 'invalid_request',
    at: 'page',
    text: 'The redirect URI specified in the request does not match the redirect URIs configured for the application.',
  },
  'consent-required': {
    category: 'Consent required',
    code: 65001,
    name: 'DelegationDoesNotExist',
    error: 'invalid_grant',
    suberror: 'consent_required',
    at: 'token',
    text: 'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
  },
  'spa-session-expired': {
    category: 'Session expired (SPA refresh token lifetime)',
    code: 700084,
    name: 'ExpiredOrRevokedGrant (SPA)',
    error: 'invalid_grant',
    suberror: 'bad_token',
    at: 'token',
    text: "The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime, which can't be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.",
  },
  'sign-in-frequency': {
    category: 'Sign-in frequency reached',
    code: 70043,
    name: 'BadTokenDueToSignInFrequency',
    error: 'invalid_grant',
    suberror: 'bad_token',
    at: 'token',
    text: 'The refresh token has expired or is invalid due to sign-in frequency checks by Conditional Access.',
  },
  'interaction-required': {
    category: 'Interaction required (no single sign-on session)',
    code: 50058,
    name: 'UserInformationNotProvided',
    error: 'login_required',
    at: 'authorize',
    text: "Session information isn't sufficient for single-sign-on. A silent sign-in request was sent but no user is signed in.",
  },
};

/**
 * The faults Entra reports without any fault being injected, for requests it cannot serve. Same
 * source as above.
 */
export const ENTRA_PROTOCOL_ERRORS = {
  unknownTenant: {
    code: 90002,
    name: 'InvalidTenantName',
    error: 'invalid_tenant',
    text: 'Tenant not found. Check to make sure you have the correct tenant ID.',
  },
  codeRedeemed: {
    code: 54005,
    name: 'OAuth2 Authorization code was already redeemed',
    error: 'invalid_grant',
    text: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  },
  pkceMismatch: {
    code: 501481,
    name: 'InvalidCodeChallenge',
    error: 'invalid_grant',
    text: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  },
  badGrant: {
    code: 70000,
    name: 'InvalidGrant',
    error: 'invalid_grant',
    text: 'Provided grant is invalid or malformed.',
  },
  // Revocation (Revoke-EntraUserAllRefreshToken, or a password reset) invalidates the refresh
  // tokens and the browser's session cookies: "Revoke-EntraUserAllRefreshToken",
  // https://learn.microsoft.com/powershell/module/microsoft.entra.authentication/revoke-entrauserallrefreshtoken
  revokedGrant: {
    code: 50173,
    name: 'FreshTokenNeeded',
    error: 'invalid_grant',
    text: 'The provided grant has expired due to it being revoked, and a fresh auth token is needed. Either an admin or a user revoked the tokens for this user, causing subsequent token refreshes to fail and require reauthentication. Have the user sign in again.',
  },
  silentNoSession: {
    code: 50058,
    name: 'UserInformationNotProvided',
    error: 'login_required',
    text: "Session information isn't sufficient for single-sign-on.",
  },
};

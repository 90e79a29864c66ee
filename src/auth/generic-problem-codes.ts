/**
 * The error codes of `@azure/msal-browser`'s exported tables (`BrowserAuthErrorCodes`,
 * `BrowserConfigurationAuthErrorCodes`, `ClientAuthErrorCodes`, `ClientConfigurationErrorCodes`,
 * `InteractionRequiredAuthErrorCodes`, `AuthErrorCodes`) for which the generic description
 * (« Connexion impossible », retry, quote the reference to customer service) is right, each with
 * the reason, as reviewed against msal-browser 5.30 and msal-common 16.17. Every other code of
 * those tables has a description of its own in `PROBLEMS_BY_CODE` (describe-problem.ts).
 *
 * Documentation for reviewers and the input of test/auth/describe-problem.test.ts, which fails when
 * an MSAL upgrade adds a code that is in neither. Only the test imports this module: it costs the
 * pages nothing. Keys are spelt as MSAL exports them (`toAuthFailure` lowers their case).
 */
export const GENERIC_PROBLEM_CODES: Readonly<Record<string, string>> = {
  // BrowserAuthErrorCodes
  asymmetric_ear_key_error: 'Encrypted authorize response (EAR) only; the library never enables it.',
  auth_code_or_nativeAccountId_required: 'acquireTokenByCode only; the library never calls it.',
  auth_code_required: 'acquireTokenByCode only; the library never calls it.',
  auth_request_not_set_error: 'Exported but thrown nowhere in msal-browser 5.30.',
  block_iframe_reload:
    'An app page calling MSAL inside its hidden iframe; the redirect URI is the bridge page, which requests no token.',
  block_nested_popups:
    'An app page calling MSAL inside its popup; the popup only shows the provider and the bridge page, which requests no token.',
  crypto_key_not_found: 'Token-binding / proof-of-possession keys only; the library requests bearer tokens.',
  crypto_nonexistent:
    'No WebCrypto: a page served over plain HTTP (a deployment error seen on the first test) or a browser too old to run the elements.',
  database_not_open: 'IndexedDB key store: MSAL catches it and falls back to memory (AsyncMemoryStorage).',
  database_unavailable: 'IndexedDB key store: MSAL catches it and falls back to memory (AsyncMemoryStorage).',
  ear_jwe_empty: 'Encrypted authorize response (EAR) only; the library never enables it.',
  ear_jwk_empty: 'Encrypted authorize response (EAR) only; the library never enables it.',
  empty_navigate_uri: 'MSAL built no navigation URL: a bug in MSAL, nothing the customer can act on.',
  empty_response:
    'Thrown on the bridge page only, whose catch (src/redirect-bridge.ts) goes home or lets the opener report it.',
  failed_to_build_headers: 'Request headers MSAL builds itself: a programming error, never a customer’s.',
  failed_to_decrypt_ear_response: 'Encrypted authorize response (EAR) only; the library never enables it.',
  iframe_closed_prematurely: 'Exported but thrown nowhere in msal-browser 5.30.',
  invalid_cache_type: 'Exported but thrown nowhere in msal-browser 5.30.',
  invalid_pop_token_request: 'Exported but thrown nowhere in msal-browser 5.30.',
  invalid_public_jwk: 'Proof-of-possession / token-binding keys only; the library requests bearer tokens.',
  native_connection_not_established:
    'Platform broker only: off in the library’s configuration, and MSAL falls back to the web flow.',
  native_extension_not_installed: 'Platform broker handshake: MSAL catches it and uses the web flow.',
  native_handshake_timeout: 'Platform broker handshake: MSAL catches it and uses the web flow.',
  native_prompt_not_supported: 'Platform broker only: off in the library’s configuration.',
  non_browser_environment: 'Called outside a browser (server rendering): a programming error, never a customer’s.',
  pkce_not_created: 'WebCrypto failed to make the PKCE codes: nothing the customer can act on; support needs the code.',
  popup_relay_unsupported_flow: 'Popup relay (popupRelayUri) only; the library never configures it.',
  silent_logout_unsupported: 'Silent sign-out; the library signs out by redirect or popup only.',
  silent_prompt_value_error: 'Exported but thrown nowhere in msal-browser 5.30.',
  spa_code_and_nativeAccountId_present: 'acquireTokenByCode only; the library never calls it.',
  token_binding_key_algorithm_mismatch: 'Token binding only; the library requests bearer tokens.',
  token_binding_key_jwk_thumbprint_mismatch: 'Token binding only; the library requests bearer tokens.',
  unable_to_acquire_token_from_native_platform: 'Platform broker only: off in the library’s configuration.',
  unable_to_load_token: 'loadExternalTokens only; the library never calls it.',
  uninitialized_public_client_application:
    'MSAL used before initialize(): the library awaits it before any call, a programming error otherwise.',
  unsupported_token_binding_algorithm: 'Token binding only; the library requests bearer tokens.',

  // ClientAuthErrorCodes
  binding_key_not_removed: 'Token binding only; the library requests bearer tokens.',
  cannot_append_scopeset: 'Scope handling inside MSAL: a programming error, never a customer’s.',
  cannot_remove_empty_scope: 'Scope handling inside MSAL: a programming error, never a customer’s.',
  dpop_token_type_mismatch: 'DPoP only; the library requests bearer tokens.',
  empty_input_scopeset: 'Scope handling inside MSAL: a programming error, never a customer’s.',
  invalid_cache_environment:
    'A cache entry or response without an authority environment: a bug in MSAL; support needs the code.',
  invalid_cache_record: 'A malformed record written by MSAL itself: a bug in MSAL; support needs the code.',
  key_id_missing: 'Proof-of-possession / platform broker only; the library requests bearer tokens.',
  method_not_implemented: 'A stub of MSAL’s interfaces was called: a programming error, never a customer’s.',
  misplaced_resource_parameter: 'Request built with a resource parameter; the library never sets one.',
  multiple_matching_appMetadata:
    'MSAL’s cache holds duplicates it wrote itself: a bug in MSAL; support needs the code.',
  multiple_matching_tokens: 'Exported but thrown nowhere in msal-common 16.17.',
  nested_app_auth_bridge_disabled: 'Nested app authentication (Teams, Outlook) only; the library never uses it.',
  no_account_found: 'Platform broker / web broker bridge only; the library never uses them.',
  no_account_in_silent_request:
    'A silent request without an account: the library checks the active account first (no_account_error).',
  no_crypto_object: 'MSAL created without its crypto module: a programming error, never a customer’s.',
  platform_broker_error: 'Exported but thrown nowhere in msal-common 16.17.',
  request_cannot_be_made: 'A token request with neither code nor refresh token: a bug in MSAL.',
  resource_parameter_required: 'Request built without a required resource parameter; the library never uses one.',
  token_claims_cnf_required_for_signedjwt: 'Proof-of-possession (signed JWT) only; the library requests bearer tokens.',
  token_refresh_required:
    'Internal signal: with the default cache policy, which the library uses, MSAL renews the token itself.',
  unexpected_credential_type: 'Exported but thrown nowhere in msal-common 16.17.',

  // ClientConfigurationErrorCodes
  cannot_allow_platform_broker: 'Platform broker configuration; the library never enables it.',
  cannot_set_OIDCOptions: 'OIDCOptions configuration; the library never sets it.',
  claims_request_parsing_error: 'Exported but thrown nowhere in msal-common 16.17.',
  dpop_missing_resource_context: 'DPoP only; the library requests bearer tokens.',
  empty_input_scopes_error:
    'A token request with no scope: a programming error of the host page, seen the first time it runs.',
  invalid_authentication_header: 'AuthenticationHeaderParser only; the library never uses it.',
  invalid_claims: 'A claims request parameter; the library never sets one.',
  invalid_code_challenge_method: 'Exported but thrown nowhere in msal-common 16.17.',
  invalid_dpop_htm: 'DPoP only; the library requests bearer tokens.',
  invalid_dpop_htu: 'DPoP only; the library requests bearer tokens.',
  invalid_dpop_nonce: 'DPoP only; the library requests bearer tokens.',
  invalid_platform_broker_configuration: 'Platform broker configuration; the library never enables it.',
  invalid_request_method_for_EAR: 'Encrypted authorize response (EAR) only; the library never enables it.',
  invalid_response_mode: 'Exported but thrown nowhere in msal-common 16.17.',
  logout_request_empty: 'Sign-out without a request: the library always passes one.',
  missing_nonce_authentication_header: 'AuthenticationHeaderParser only; the library never uses it.',
  missing_ssh_jwk: 'SSH certificates only; the library never requests them.',
  missing_ssh_kid: 'SSH certificates only; the library never requests them.',
  pkce_params_missing: 'PKCE codes MSAL generates itself: a bug in MSAL; support needs the code.',
  redirect_uri_empty: 'validateAuthConfig always sets a redirect URI (default /redirect.html) before MSAL is created.',
  token_request_empty: 'A refresh without a request: built by MSAL itself, a bug in MSAL.',
  unsupported_authentication_scheme: 'Proof-of-possession / SSH schemes only; the library requests bearer tokens.',
  empty_url_error: 'validateAuthConfig parses the authority and redirect URI before MSAL is created.',
  url_parse_error: 'validateAuthConfig parses the authority and redirect URI before MSAL is created.',

  // AuthErrorCodes
  unexpected_error:
    'MSAL’s own "unexpected" code (platform broker paths): exactly the case for the generic description.',
};

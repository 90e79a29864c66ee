import { msg, str } from '@lit/localize';
import type { AuthFailure } from './types.js';

/** What the user can do next about a problem; elements render it as an action. */
export type AuthProblemAction =
  'retry' | 'sign-in-again' | 'allow-popups' | 'check-connection' | 'use-activation-link' | 'contact-support';

/** A sign-in problem in plain words, in the active locale. */
export interface AuthProblem {
  /** The failure code it describes (`user_cancelled`, `aadsts_50076`, `unknown_error`…). */
  readonly code: string;
  readonly title: string;
  readonly message: string;
  readonly action: AuthProblemAction;
  /** MSAL's correlation id, to quote to customer service. */
  readonly correlationId?: string;
}

/** A description, written when it is read so that it follows the active locale. */
type Entry = () => readonly [title: string, message: string, action: AuthProblemAction];

const sessionExpired: Entry = () => [
  msg('Session expirée'),
  msg('Pour votre sécurité, veuillez vous reconnecter.'),
  'sign-in-again',
];

// The provider ended a session the page held (refresh token expired or revoked): the next sign-in
// opens in a popup, so the customer stays on the page they were using.
const sessionEnded: Entry = () => [
  msg('Session terminée'),
  msg('Pour votre sécurité, votre session a pris fin. Reconnectez-vous pour continuer : vous resterez sur cette page.'),
  'sign-in-again',
];

const notInvited: Entry = () => [
  msg('Compte pas encore activé'),
  msg(
    'Ce compte Microsoft n’a pas encore accès à l’Espace Client. Ouvrez le lien d’activation reçu par e-mail et connectez-vous avec la même adresse.',
  ),
  'use-activation-link',
];

const userCancelled: Entry = () => [
  msg('Connexion annulée'),
  // Said the same for a popup closed and for « Annuler » on Microsoft's page in redirect mode,
  // where there was no window.
  msg('La connexion a été interrompue avant la fin. Vous pouvez recommencer quand vous le souhaitez.'),
  'retry',
];
const popupWindowError: Entry = () => [
  msg('Fenêtre de connexion bloquée'),
  msg(
    'Votre navigateur a empêché l’ouverture de la fenêtre de connexion Microsoft. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
  ),
  'allow-popups',
];
const interactionInProgress: Entry = () => [
  msg('Connexion déjà en cours'),
  msg(
    'Une connexion est déjà en cours, sur cette page ou dans un autre onglet. Terminez-la là-bas, ou recommencez ici.',
  ),
  'retry',
];
const interrupted: Entry = () => [
  msg('Connexion interrompue'),
  msg(
    'La connexion n’a pas abouti : la page a été rechargée ou quittée avant la fin. Vous pouvez recommencer quand vous le souhaitez.',
  ),
  'retry',
];
const timedOut: Entry = () => [
  msg('Délai dépassé'),
  msg('Le service de connexion Microsoft n’a pas répondu à temps. Vérifiez votre accès à Internet, puis réessayez.'),
  'retry',
];
const postRequestFailed: Entry = () => [
  msg('Service de connexion injoignable'),
  msg('Le service de connexion ne répond pas pour le moment. Réessayez dans quelques instants.'),
  'retry',
];
const noStateInHash: Entry = () => [
  msg('Réponse de connexion invalide'),
  msg('La réponse reçue de Microsoft n’est pas valide ou a expiré. Recommencez la connexion depuis cette page.'),
  'retry',
];
const consentRequired: Entry = () => [
  msg('Autorisation nécessaire'),
  msg(
    'Microsoft demande votre accord pour que l’Espace Client accède à votre compte. Reconnectez-vous pour le donner.',
  ),
  'sign-in-again',
];
const storageBlocked: Entry = () => [
  msg('Stockage du navigateur bloqué'),
  msg(
    'Votre navigateur empêche ce site d’enregistrer des données, ce qui est nécessaire pour se connecter. Autorisez les cookies et les données de site pour ce site dans les réglages du navigateur, puis réessayez.',
  ),
  'retry',
];
const configurationError: Entry = () => [
  msg('Connexion indisponible'),
  msg(
    'La connexion n’est pas disponible sur cette page pour le moment. Si le problème persiste, contactez le service client.',
  ),
  'contact-support',
];

/** Microsoft Entra server errors, by AADSTS number; they take precedence over the code. */
export const PROBLEMS_BY_AADSTS: Readonly<Record<string, Entry>> = {
  '50076': () => [
    msg('Confirmation sur votre téléphone requise'),
    msg(
      'Microsoft demande de confirmer votre identité avec votre téléphone. Reconnectez-vous, puis validez la notification Microsoft Authenticator ou saisissez le code reçu par SMS sur la page Microsoft.',
    ),
    'sign-in-again',
  ],
  '50079': () => [
    msg('Double authentification à configurer'),
    msg(
      'Votre compte doit être protégé par une double authentification. Reconnectez-vous : Microsoft vous guidera pour l’associer à votre téléphone.',
    ),
    'sign-in-again',
  ],
  '90072': notInvited,
  '50020': notInvited,
  '50034': () => [
    msg('Adresse inconnue'),
    msg(
      'Aucun compte ne correspond à cette adresse. Vérifiez l’adresse saisie, ou ouvrez le lien d’activation reçu par e-mail.',
    ),
    'use-activation-link',
  ],
  '50053': () => [
    msg('Compte temporairement bloqué'),
    msg(
      'Trop de tentatives de connexion ont échoué. Patientez quelques minutes avant de réessayer, ou contactez le service client.',
    ),
    'contact-support',
  ],
  '50057': () => [
    msg('Compte désactivé'),
    msg('Ce compte est désactivé. Contactez le service client pour le réactiver.'),
    'contact-support',
  ],
  '50105': () => [
    msg('Accès non attribué'),
    msg('Votre compte n’a pas encore accès à l’Espace Client. Contactez le service client pour qu’il vous l’ouvre.'),
    'contact-support',
  ],
  '53003': () => [
    msg('Accès bloqué par une règle de sécurité'),
    msg(
      'La connexion a été bloquée par une règle de sécurité liée à l’appareil, au lieu ou au réseau. Essayez depuis un autre appareil ou un autre réseau, ou contactez le service client.',
    ),
    'contact-support',
  ],
  '53004': () => [
    msg('Double authentification impossible à configurer'),
    msg(
      'Microsoft a bloqué l’enregistrement de votre téléphone par mesure de sécurité. Contactez le service client : il vous aidera à configurer la double authentification.',
    ),
    'contact-support',
  ],
  '65001': consentRequired,
  '50058': sessionExpired,
  '70043': sessionExpired,
  '700084': sessionExpired,
  // FreshTokenNeeded: an administrator or the customer revoked the session's tokens.
  '50173': sessionExpired,
  // Entra shows these on its own page (it cannot return to an application it does not trust);
  // should one reach the page anyway, the application is misconfigured.
  '700016': configurationError,
  '50011': configurationError,
};

/**
 * MSAL's error codes and the library's own, in lower case (as `toAuthFailure` reads them). Every
 * code of MSAL's exported tables is either here or in the reviewed list of codes for which the
 * generic description is right (src/auth/generic-problem-codes.ts, which the test alone imports).
 */
export const PROBLEMS_BY_CODE: Readonly<Record<string, Entry>> = {
  user_cancelled: userCancelled,
  // The same, as the web broker bridge spells it (ClientAuthErrorCodes).
  user_canceled: userCancelled,
  access_denied: userCancelled,
  popup_window_error: popupWindowError,
  empty_window_error: popupWindowError,
  interaction_in_progress: interactionInProgress,
  interaction_in_progress_cancelled: interactionInProgress,
  timed_out: timedOut,
  monitor_window_timeout: timedOut,
  no_network_connectivity: () => [
    msg('Pas d’accès à Internet'),
    msg('Votre appareil semble hors ligne. Vous pourrez vous connecter dès que le réseau sera revenu.'),
    'check-connection',
  ],
  post_request_failed: postRequestFailed,
  get_request_failed: postRequestFailed,
  endpoints_resolution_error: postRequestFailed,
  openid_config_error: postRequestFailed,
  failed_to_parse_response: postRequestFailed,
  failed_to_parse_headers: postRequestFailed,
  network_error: postRequestFailed,
  network_timeout: postRequestFailed,
  interaction_interrupted: interrupted,
  no_token_request_cache_error: interrupted,
  unable_to_parse_token_request_cache_error: interrupted,
  session_ended: sessionEnded,
  interaction_required: sessionExpired,
  login_required: sessionExpired,
  no_tokens_found: sessionExpired,
  refresh_token_expired: sessionExpired,
  bad_token: sessionExpired,
  no_account_error: sessionExpired,
  // MSAL's other interaction-required codes (from the provider or a platform broker): sign in again.
  ui_not_allowed: sessionExpired,
  interrupted_user: sessionExpired,
  native_account_unavailable: sessionExpired,
  consent_required: consentRequired,
  no_state_in_hash: noStateInHash,
  unable_to_parse_state: noStateInHash,
  state_interaction_type_mismatch: noStateInHash,
  hash_does_not_contain_known_properties: noStateInHash,
  hash_empty_error: noStateInHash,
  redirect_bridge_empty_response: noStateInHash,
  // The answer does not match the request this tab sent (two tabs signing in at once, an old or
  // replayed answer), or the provider's answer cannot be read: start again from this page.
  state_mismatch: noStateInHash,
  state_not_found: noStateInHash,
  invalid_state: noStateInHash,
  nonce_mismatch: noStateInHash,
  hash_not_deserialized: noStateInHash,
  authorization_code_missing_from_server_response: noStateInHash,
  token_parsing_error: noStateInHash,
  null_or_empty_token: noStateInHash,
  invalid_base64_string: noStateInHash,
  storage_not_supported: storageBlocked,
  msal_load_failed: () => [
    msg('Module de connexion non chargé'),
    msg('Le module de connexion n’a pas pu être téléchargé. Vérifiez votre accès à Internet, puis réessayez.'),
    'retry',
  ],
  configuration_error: configurationError,
  not_configured: configurationError,
  // The site's deployment does not fit its provider or its page: nothing the customer can change.
  untrusted_authority: configurationError,
  authority_mismatch: configurationError,
  authority_uri_insecure: configurationError,
  issuer_validation_failed: configurationError,
  invalid_authority_metadata: configurationError,
  invalid_cloud_discovery_metadata: configurationError,
  end_session_endpoint_not_supported: configurationError,
  client_info_decoding_error: configurationError,
  client_info_empty_error: configurationError,
  redirect_in_iframe: configurationError,
  in_mem_redirect_unavailable: configurationError,
  stubbed_public_client_application_called: configurationError,
};

/**
 * Describes a failure in the active locale: a title, what happened, and what the user can do
 * next. Unknown failures get a generic description that quotes the code and the correlation id
 * for customer service. Call it when rendering, so that the text follows locale changes.
 */
export function describeFailure(failure: AuthFailure): AuthProblem {
  // A session that ended while the page was open reads the same whatever Microsoft's reason.
  const byNumber =
    failure.aadsts !== undefined && failure.code !== 'session_ended' ? PROBLEMS_BY_AADSTS[failure.aadsts] : undefined;
  const known =
    byNumber ?? (Object.hasOwn(PROBLEMS_BY_CODE, failure.code) ? PROBLEMS_BY_CODE[failure.code] : undefined);
  const code = byNumber ? `aadsts_${failure.aadsts}` : failure.code;
  const reference = [failure.aadsts ? `AADSTS${failure.aadsts}` : failure.code, failure.correlationId]
    .filter(Boolean)
    .join(' / ');
  const [title, message, action] = known?.() ?? [
    msg('Connexion impossible'),
    msg(
      str`Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez le service client en indiquant la référence : ${reference}.`,
    ),
    'retry' as const,
  ];
  return { code, title, message, action, ...(failure.correlationId && { correlationId: failure.correlationId }) };
}

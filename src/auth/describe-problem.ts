import { msg, str } from '@lit/localize';
import { BtAuthError } from './auth-error.js';
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

const SAFE_CODE = /^[a-z0-9_]{1,64}$/;

/**
 * Reduces any thrown value (MSAL's `AuthError` and subclasses, a failed module load, our own
 * failures) to codes. Error messages are dropped: they may hold an email address.
 */
export function toAuthFailure(error: unknown): AuthFailure {
  if (error instanceof BtAuthError) return error.failure;
  const source = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const declared = text(source.errorCode || source.code).toLowerCase();
  const code = SAFE_CODE.test(declared) ? declared : 'unknown_error';
  const number = typeof source.errorNo === 'number' ? String(source.errorNo) : text(source.errorNo || source.aadsts);
  const aadsts = /^\d{4,7}$/.exec(number)?.[0] ?? /AADSTS(\d{4,7})/.exec(text(source.errorMessage))?.[1];
  const correlationId = /^[\w-]{1,64}$/.exec(text(source.correlationId))?.[0];
  return { code, ...(aadsts && { aadsts }), ...(correlationId && { correlationId }) };
}

type Entry = readonly [title: string, message: string, action: AuthProblemAction];

function sessionExpired(): Entry {
  return [msg('Session expirée'), msg('Pour votre sécurité, veuillez vous reconnecter.'), 'sign-in-again'];
}

function notInvited(): Entry {
  return [
    msg('Compte pas encore activé'),
    msg(
      'Ce compte Microsoft n’a pas encore accès à l’Espace Client. Ouvrez le lien d’activation reçu par e-mail et connectez-vous avec la même adresse.',
    ),
    'use-activation-link',
  ];
}

/** AADSTS numbers of Microsoft Entra server errors. */
function describeAadsts(aadsts: string): Entry | undefined {
  switch (aadsts) {
    case '50076':
      return [
        msg('Confirmation sur votre téléphone requise'),
        msg(
          'Microsoft demande de confirmer votre identité avec votre téléphone. Reconnectez-vous, puis validez la notification Microsoft Authenticator ou saisissez le code reçu par SMS sur la page Microsoft.',
        ),
        'sign-in-again',
      ];
    case '50079':
      return [
        msg('Double authentification à configurer'),
        msg(
          'Votre compte doit être protégé par une double authentification. Reconnectez-vous : Microsoft vous guidera pour l’associer à votre téléphone.',
        ),
        'sign-in-again',
      ];
    case '90072':
    case '50020':
      return notInvited();
    case '50034':
      return [
        msg('Adresse inconnue'),
        msg(
          'Aucun compte ne correspond à cette adresse. Vérifiez l’adresse saisie, ou ouvrez le lien d’activation reçu par e-mail.',
        ),
        'use-activation-link',
      ];
    case '50053':
      return [
        msg('Compte temporairement bloqué'),
        msg(
          'Trop de tentatives de connexion ont échoué. Patientez quelques minutes avant de réessayer, ou contactez le service client.',
        ),
        'contact-support',
      ];
    case '50057':
      return [
        msg('Compte désactivé'),
        msg('Ce compte est désactivé. Contactez le service client pour le réactiver.'),
        'contact-support',
      ];
    case '50105':
      return [
        msg('Accès non attribué'),
        msg(
          'Votre compte n’a pas encore accès à l’Espace Client. Contactez le service client pour qu’il vous l’ouvre.',
        ),
        'contact-support',
      ];
    case '53003':
      return [
        msg('Accès bloqué par une règle de sécurité'),
        msg(
          'La connexion a été bloquée par une règle de sécurité liée à l’appareil, au lieu ou au réseau. Essayez depuis un autre appareil ou un autre réseau, ou contactez le service client.',
        ),
        'contact-support',
      ];
    case '700084':
      return sessionExpired();
  }
  return undefined;
}

/** MSAL error codes and the library's own. */
function describeCode(code: string): Entry | undefined {
  switch (code) {
    case 'user_cancelled':
    case 'access_denied':
      return [
        msg('Connexion annulée'),
        msg('La fenêtre de connexion a été fermée avant la fin. Vous pouvez recommencer quand vous le souhaitez.'),
        'retry',
      ];
    case 'popup_window_error':
    case 'empty_window_error':
      return [
        msg('Fenêtre de connexion bloquée'),
        msg(
          'Votre navigateur a empêché l’ouverture de la fenêtre de connexion Microsoft. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
        ),
        'allow-popups',
      ];
    case 'interaction_in_progress':
    case 'interaction_in_progress_cancelled':
      return [
        msg('Connexion déjà en cours'),
        msg(
          'Une connexion est déjà en cours, sur cette page ou dans une autre fenêtre. Terminez-la ou fermez sa fenêtre, puis réessayez.',
        ),
        'retry',
      ];
    case 'timed_out':
    case 'monitor_window_timeout':
      return [
        msg('Délai dépassé'),
        msg(
          'Le service de connexion Microsoft n’a pas répondu à temps. Vérifiez votre connexion Internet, puis réessayez.',
        ),
        'retry',
      ];
    case 'no_network_connectivity':
      return [
        msg('Pas de connexion Internet'),
        msg('Votre appareil semble hors ligne. Vous pourrez vous connecter dès que le réseau sera revenu.'),
        'check-connection',
      ];
    case 'post_request_failed':
    case 'get_request_failed':
    case 'endpoints_resolution_error':
    case 'openid_config_error':
    case 'failed_to_parse_response':
    case 'network_error':
      return [
        msg('Service de connexion injoignable'),
        msg('Le service de connexion ne répond pas pour le moment. Réessayez dans quelques instants.'),
        'retry',
      ];
    case 'interaction_required':
    case 'login_required':
    case 'no_tokens_found':
    case 'refresh_token_expired':
    case 'bad_token':
    case 'no_account_error':
      return sessionExpired();
    case 'consent_required':
      return [
        msg('Autorisation nécessaire'),
        msg(
          'Microsoft demande votre accord pour que l’Espace Client accède à votre compte. Reconnectez-vous pour le donner.',
        ),
        'sign-in-again',
      ];
    case 'no_state_in_hash':
    case 'unable_to_parse_state':
    case 'state_interaction_type_mismatch':
    case 'hash_does_not_contain_known_properties':
    case 'hash_empty_error':
    case 'redirect_bridge_empty_response':
      return [
        msg('Réponse de connexion invalide'),
        msg('La réponse reçue de Microsoft n’est pas valide ou a expiré. Recommencez la connexion depuis cette page.'),
        'retry',
      ];
    case 'msal_load_failed':
      return [
        msg('Module de connexion non chargé'),
        msg('Le module de connexion n’a pas pu être téléchargé. Vérifiez votre connexion Internet, puis réessayez.'),
        'retry',
      ];
    case 'configuration_error':
    case 'not_configured':
      return [
        msg('Connexion indisponible'),
        msg(
          'La connexion n’est pas disponible sur cette page pour le moment. Si le problème persiste, contactez le service client.',
        ),
        'contact-support',
      ];
  }
  return undefined;
}

/**
 * Describes any sign-in error (or an {@link AuthFailure}) in the active locale: a title, what
 * happened, and what the user can do next. Unknown errors get a generic description that quotes
 * the code and the correlation id for customer service. Call it when rendering, so that the text
 * follows locale changes.
 */
export function describeAuthProblem(error: unknown): AuthProblem {
  const failure = toAuthFailure(error);
  const byNumber = failure.aadsts ? describeAadsts(failure.aadsts) : undefined;
  const known = byNumber ?? describeCode(failure.code);
  const code = byNumber ? `aadsts_${failure.aadsts}` : failure.code;
  const reference = [failure.aadsts ? `AADSTS${failure.aadsts}` : failure.code, failure.correlationId]
    .filter(Boolean)
    .join(' / ');
  const [title, message, action] = known ?? [
    msg('Connexion impossible'),
    msg(
      str`Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez le service client en indiquant la référence : ${reference}.`,
    ),
    'retry' as const,
  ];
  return { code, title, message, action, ...(failure.correlationId && { correlationId: failure.correlationId }) };
}

import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

// Loaded on demand: most customers open a valid link, so what the landing says of a used,
// expired, replaced, damaged or missing link stays out of every page's first load. Imports
// nothing of ours but types, so that no module is shared with the first load
// (see check-first-load.mjs).

/** The link states this module renders. */
export type OtherLinkState = 'used' | 'expired' | 'revoked' | 'malformed' | 'unknown' | 'no-token';

/** What the landing lends the state it shows: its heading, its sign-in, its new-link form. */
export interface LandingKit {
  heading(text: string): unknown;
  /** The landing's sign-in button, busy while any sign-in is under way, and its status line. */
  signInTrigger(label: string): unknown;
  /** A button of the landing's own (busy while any sign-in is under way). */
  button(label: string, onClick: () => void): unknown;
  signOut(): void;
  /** Why the sign-in the landing started did not succeed: placed above its button. */
  signInProblem(): unknown;
  requestForm(): unknown;
  /** « Compte connecté : … » when someone is signed in. */
  signedInAs?: string;
}

export function renderOtherState(state: OtherLinkState, kit: LandingKit): TemplateResult {
  switch (state) {
    case 'used':
      // A used link opened while someone is signed in: perhaps the customer's own, perhaps
      // another's (a shared computer). Say both facts, and offer to sign out.
      return kit.signedInAs
        ? html`${kit.heading(msg('Ce lien a déjà servi'))}
            <p part="details">${kit.signedInAs}</p>
            <p>
              ${msg('Ce n’est pas vous ? Déconnectez-vous, puis ouvrez de nouveau votre lien ou connectez-vous avec votre propre adresse.')}
            </p>
            ${kit.button(msg('Se déconnecter'), () => kit.signOut())}`
        : html`${kit.heading(msg('Votre compte est déjà activé'))}
            <p>
              ${msg('Ce lien a déjà servi : il ne vous reste qu’à vous connecter avec votre adresse habituelle et votre mot de passe.')}
            </p>
            ${kit.signInProblem()} ${kit.signInTrigger(msg('Se connecter'))}`;
    case 'expired':
      return html`${kit.heading(msg('Ce lien a expiré'))}
        <p>
          ${msg('Un lien d’activation est valable un mois. Demandez-en un nouveau : nous pouvons le régénérer à tout moment.')}
        </p>
        ${kit.requestForm()}`;
    case 'revoked':
      return html`${kit.heading(msg('Un lien plus récent vous a été envoyé'))}
        <p>
          ${msg('Ce lien a été remplacé par un nouveau. Consultez votre boîte mail (et vos courriers indésirables) et utilisez le message le plus récent.')}
        </p>
        ${kit.requestForm()}`;
    case 'malformed':
    case 'unknown':
      return html`${kit.heading(msg('Ce lien n’est pas valide'))}
        <p>
          ${msg('Le lien est incomplet ou a été modifié. Ouvrez-le de nouveau depuis l’e-mail reçu, ou demandez un nouveau lien.')}
        </p>
        ${kit.requestForm()}`;
    case 'no-token':
      return html`${kit.heading(msg('Activez votre accès à l’Espace Client'))}
        <p>${msg('Ouvrez le lien d’activation reçu par e-mail. Vous ne le trouvez plus ? Demandez-en un nouveau.')}</p>
        ${kit.requestForm()}`;
  }
}

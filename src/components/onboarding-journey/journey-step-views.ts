import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MfaMethod } from '../../mfa/methods.js';
import type { JourneyState } from './journey-steps.js';

// The journey's middle steps, loaded once the journey starts from an activation link: a portal
// page that only shows the help or the sign-in button never pays for their words. Imports
// nothing of ours but types, so that no module is shared with the first load.

/** What the steps need of the journey: its state, its shared pieces, and how to answer. */
export interface StepKit {
  readonly state: JourneyState;
  /** Unique to this showing of the step: for radio names, which Chromium must not see reused (issue 19). */
  readonly rendering: number;
  readonly loginHost: string;
  readonly support: { readonly phone: string; readonly email: string; readonly hours: string };
  title(text: string): TemplateResult;
  navigation(nextLabel: string): TemplateResult;
  back(): TemplateResult;
  problem(): unknown;
  signInTrigger(label: string): TemplateResult;
  status(): unknown;
  update(next: JourneyState): void;
}

export function accountQuestion(kit: StepKit): TemplateResult {
  const { hasMicrosoftAccount } = kit.state;
  const answer = (value: boolean) => () => kit.update({ ...kit.state, hasMicrosoftAccount: value });
  const name = `existing-${kit.rendering}`;
  // The question, the step's heading, names the group; the line under it describes it.
  return html`<fieldset aria-describedby="existing-hint">
      <legend>${kit.title(msg('Avez-vous déjà un compte Microsoft ?'))}</legend>
      <p id="existing-hint" class="hint">${msg('Avec votre adresse e-mail habituelle')}</p>
      <label>
        <input type="radio" name=${name} .checked=${hasMicrosoftAccount === true} @change=${answer(true)} />
        ${msg('Oui, j’ai déjà un compte Microsoft')}
      </label>
      <label>
        <input type="radio" name=${name} .checked=${hasMicrosoftAccount === false} @change=${answer(false)} />
        ${msg('Non, ou je ne sais pas')}
      </label>
    </fieldset>
    <p class="note" role="status">
      ${
        hasMicrosoftAccount === true
          ? msg('Parfait : vous l’utiliserez. Il ne restera qu’à paramétrer la double authentification.')
          : hasMicrosoftAccount === false
            ? msg(
                'Vous allez le créer : aucune nouvelle boîte mail, le compte fait seulement le lien avec votre adresse habituelle.',
              )
            : ''
      }
    </p>
    ${kit.navigation(msg('Continuer'))}`;
}

export function passwordStep(kit: StepKit): TemplateResult {
  return html`${kit.title(msg('Créer votre compte Microsoft'))}
    <p>${msg('Microsoft vous demandera de choisir un mot de passe. Voici ce qu’il faut savoir avant.')}</p>
    <bt-password-hint heading-level="3" login-host=${kit.loginHost}></bt-password-hint>
    ${kit.navigation(msg('Continuer'))}`;
}

export function secondFactorStep(kit: StepKit): TemplateResult {
  return html`${kit.title(msg('Protéger votre compte avec votre téléphone'))}
    <bt-mfa-method-chooser
      no-heading
      heading-level="3"
      .value=${kit.state.method ?? ''}
      @bt-mfa-method-selected=${(event: CustomEvent<{ method: MfaMethod }>) =>
        kit.update({ ...kit.state, method: event.detail.method })}
    >
      <bt-lost-phone-card
        slot="lost-phone"
        compact
        heading-level="4"
        phone=${kit.support.phone}
        email=${kit.support.email}
        hours=${kit.support.hours}
      ></bt-lost-phone-card>
    </bt-mfa-method-chooser>
    ${kit.navigation(msg('Continuer'))}`;
}

export function signInSummary(kit: StepKit): TemplateResult {
  const { hasMicrosoftAccount, method } = kit.state;
  return html`${kit.title(msg('Tout est prêt'))}
    <ul class="summary">
      <li>
        ${
          hasMicrosoftAccount
            ? msg('Vous vous connecterez avec votre compte Microsoft existant.')
            : msg('Vous créerez votre compte Microsoft et choisirez votre mot de passe sur la page Microsoft.')
        }
      </li>
      <li>
        ${
          method === 'sms'
            ? msg('Double authentification par SMS.')
            : msg('Double authentification avec l’application Microsoft Authenticator.')
        }
      </li>
    </ul>
    <p>
      ${msg('La page Microsoft va s’ouvrir. C’est là, et seulement là, que vous saisirez votre mot de passe et vos codes.')}
    </p>
    ${kit.problem()}
    <div class="navigation">${kit.back()} ${kit.signInTrigger(msg('Continuer vers Microsoft'))}</div>
    ${kit.status()}`;
}

/** Styles of the steps in this module, added to the journey's once it is loaded. */
export const stepStyles = css`
  /* The done step: a check mark over its heading, and the way on to the portal as the primary button. */
  [part~='success'] {
    display: block;
    inline-size: 3rem;
    block-size: 3rem;
    margin-block-end: var(--_space-s);
    fill: none;
    color: var(--_color-success);
    stroke: currentColor;
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part~='portal'] {
    display: inline-block;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_radius-control);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    line-height: 1.5rem;
    text-decoration: none;
  }
`;

/** The end of the journey: a check mark over its heading, and the way on to the portal. */
export function doneStep(kit: StepKit, done: { signedInAs?: string; portal?: string }): TemplateResult {
  return html`<svg part="success" viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="22" />
      <path d="m14 25 7 7 13-15" />
    </svg>
    ${kit.title(msg('C’est fait !'))} ${done.signedInAs ? html`<p>${done.signedInAs}</p>` : nothing}
    <p>
      ${msg('Ce parcours ne sera plus à refaire : désormais, connectez-vous avec votre adresse habituelle et votre mot de passe.')}
    </p>
    ${done.portal ? html`<a part="portal" href=${done.portal}>${msg('Aller à l’Espace Client')}</a>` : nothing}`;
}

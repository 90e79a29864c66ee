import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MfaMethod } from '../../mfa/methods.js';
import type { JourneyState, JourneyStep } from './journey-steps.js';
import type { BtOnboardingJourney } from './onboarding-journey.js';
import type { SignInAction } from '../../auth/sign-in-action.js';
import type { NewLinkFormController } from '../../activation/new-link-form.js';
import type { AuthAccount } from '../../auth/types.js';

// The journey's steps after the link (and a returning customer's sign-in), with what moving
// between them needs (Retour, what is missing, the focus after a change): loaded as the journey
// starts, while the link step, drawn by the journey itself, shows at once. A page that only shows
// the help or the sign-in button never pays for their words. Imports nothing of ours but types, so
// that no module is shared with the first load.

/** What the steps need of the journey: its state, its shared pieces, and how to answer. */
export interface StepKit {
  readonly state: JourneyState;
  /** Unique to this showing of the step: for radio names, which Chromium must not see reused (issue 19). */
  readonly rendering: number;
  /** The journey, for its settings (`loginHost`, `supportPhone`…). */
  readonly host: BtOnboardingJourney;
  /** The journey's own sign-in, and the address to suggest to Microsoft (from the link). */
  readonly action: SignInAction;
  readonly loginHint: string | undefined;
  /** The new-link request, for a sign-in Microsoft refused for an account not activated yet. */
  readonly newLinkForm: NewLinkFormController;
  /** Whether the step has what it needs to go on (an answer, a method). */
  readonly ready: boolean;
  /** One step on (when the step is `ready`), or back. */
  move(offset: 1 | -1): void;
  update(next: JourneyState): void;
  /** For the done step: who is signed in, in words; an address when on the page's origin. */
  signedInAs(account: AuthAccount): string;
  sameOriginUrl(url: string): string | undefined;
}

/** The current step, when it is not the link. */
export function stepView(kit: StepKit): TemplateResult {
  switch (kit.state.step) {
    case 'account':
      return accountQuestion(kit);
    case 'password':
      return passwordStep(kit);
    case 'second-factor':
      return secondFactorStep(kit);
    case 'sign-in':
      return kit.state.returning ? returningStep(kit) : signInSummary(kit);
    default: {
      const account = kit.action.auth.account;
      // Same origin only, as for the return after sign-in: never a `javascript:` or foreign link.
      const portal = kit.sameOriginUrl(kit.host.portalUrl || kit.host.returnUrl);
      return doneStep({ ...(account && { signedInAs: kit.signedInAs(account) }), ...(portal && { portal }) });
    }
  }
}

/** Why the journey's sign-in failed; with the new-link request when the account is not activated yet. */
function problem(kit: StepKit) {
  return kit.action.renderProblem({ support: kit.action.needsActivation ? kit.newLinkForm.render() : nothing });
}

function signInTrigger(kit: StepKit, label: string): TemplateResult {
  const { loginHint } = kit;
  const { returnUrl } = kit.host;
  return kit.action.renderTrigger(label, 'next', { ...(loginHint && { loginHint }), ...(returnUrl && { returnUrl }) });
}

function title(text: string): TemplateResult {
  return html`<h2 part="step-title" tabindex="-1">${text}</h2>`;
}

/** The name of a step after the link, for the progress line. */
export function stepLabel(step: JourneyStep): string {
  switch (step) {
    case 'account':
      return msg('Compte Microsoft');
    case 'password':
      return msg('Mot de passe');
    case 'second-factor':
      return msg('Double authentification');
    default:
      return msg('Connexion');
  }
}

/**
 * The showing of a step (its `rendering`) where « Continuer » was pressed before the step had its
 * answer: what is missing is said until the customer moves to another step.
 */
const missingShown = new WeakMap<object, number>();

function navigation(kit: StepKit, nextLabel: string): TemplateResult {
  return html`<div class="navigation">
      ${back(kit)}
      <button
        part="next"
        type="button"
        aria-disabled=${kit.ready ? 'false' : 'true'}
        aria-describedby="missing"
        @click=${() => {
          if (kit.ready) kit.move(1);
          else {
            missingShown.set(kit.host, kit.rendering);
            kit.host.requestUpdate();
          }
        }}
      >
        ${nextLabel}
      </button>
    </div>
    <p id="missing" class="missing" role="status">
      ${missingShown.get(kit.host) === kit.rendering && !kit.ready ? missing(kit.state) : ''}
    </p>`;
}

/** What the customer must do before going on, said when « Continuer » is pressed too early. */
function missing(state: JourneyState): string {
  return state.step === 'account'
    ? msg('Choisissez une réponse pour continuer.')
    : msg('Choisissez une méthode pour continuer.');
}

function back(kit: StepKit): TemplateResult {
  return html`<button part="back" type="button" class="secondary" @click=${() => kit.move(-1)}>
    ${msg('Retour')}
  </button>`;
}

/** Nothing has the focus: it fell to the page when what had it went away. */
function focusIsIdle(host: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (active === host && !host.shadowRoot!.activeElement);
}

/** Per journey, while the link step's heading is awaited: how to stop waiting for it. */
const awaitedTitles = new WeakMap<HTMLElement, () => void>();

/** Stops waiting for the link step's heading (the customer moved on, or the journey left the page). */
export function stopAwaitingTitle(host: HTMLElement): void {
  awaitedTitles.get(host)?.();
  awaitedTitles.delete(host);
}

/**
 * After a step change, the new step's heading takes the focus; when the step had to wait for this
 * part (`waited`), only if the customer has not put the focus somewhere meanwhile. Back at the
 * link step, the heading is the landing's, inside its shadow root, and shows once the landing has
 * checked the link again: it takes the focus then, unless the customer has put it somewhere
 * meanwhile.
 */
export function focusStepTitle(host: HTMLElement, waited?: boolean): void {
  stopAwaitingTitle(host);
  const root = host.shadowRoot!;
  const title = root.querySelector<HTMLElement>('[part~="step-title"]');
  if (title) {
    if (!waited || focusIsIdle(host)) title.focus();
    return;
  }
  const landing = root.querySelector('bt-activation-landing')?.shadowRoot;
  if (!landing) return;
  const focusTitle = () => {
    const heading = landing.querySelector<HTMLElement>('[part~="title"]');
    if (!heading) return false;
    if (focusIsIdle(host)) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }
    return true;
  };
  if (focusTitle()) return;
  const observer = new MutationObserver(() => {
    if (focusTitle()) stopAwaitingTitle(host);
  });
  observer.observe(landing, { childList: true, subtree: true });
  awaitedTitles.set(host, () => observer.disconnect());
}

function accountQuestion(kit: StepKit): TemplateResult {
  const { hasMicrosoftAccount } = kit.state;
  const answer = (value: boolean) => () => kit.update({ ...kit.state, hasMicrosoftAccount: value });
  const name = `existing-${kit.rendering}`;
  // The question, the step's heading, names the group; the line under it describes it.
  return html`<fieldset aria-describedby="existing-hint">
      <legend>${title(msg('Avez-vous déjà un compte Microsoft ?'))}</legend>
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
    ${navigation(kit, msg('Continuer'))}`;
}

function passwordStep(kit: StepKit): TemplateResult {
  return html`${title(msg('Votre mot de passe'))}
    <p>${msg('À savoir avant de le créer :')}</p>
    <bt-password-hint no-heading login-host=${kit.host.loginHost}></bt-password-hint>
    ${navigation(kit, msg('Continuer'))}`;
}

/**
 * The step's heading is the only one: the chooser leaves out its own (`no-heading`, its group
 * still named). « Continuer » goes in the chooser's `actions` slot, right after the choice,
 * before the questions about the phone: in view on a phone's first screen.
 */
function secondFactorStep(kit: StepKit): TemplateResult {
  return html`${title(msg('Protéger votre compte avec votre téléphone'))}
    <bt-mfa-method-chooser
      no-heading
      .value=${kit.state.method ?? ''}
      @bt-mfa-method-selected=${(event: CustomEvent<{ method: MfaMethod }>) =>
        kit.update({ ...kit.state, method: event.detail.method })}
    >
      <bt-lost-phone-card
        slot="lost-phone"
        compact
        heading-level="4"
        phone=${kit.host.supportPhone}
        email=${kit.host.supportEmail}
        hours=${kit.host.supportHours}
      ></bt-lost-phone-card>
      <div slot="actions">${navigation(kit, msg('Continuer'))}</div>
    </bt-mfa-method-chooser>`;
}

function signInSummary(kit: StepKit): TemplateResult {
  const { hasMicrosoftAccount, method } = kit.state;
  return html`${title(msg('Tout est prêt'))}
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
    ${problem(kit)}
    <div class="navigation">${back(kit)} ${signInTrigger(kit, msg('Continuer vers Microsoft'))}</div>
    ${kit.action.renderStatus()}`;
}

/** A returning customer, with no activation link in the address: the normal sign-in. */
function returningStep(kit: StepKit): TemplateResult {
  return html`${title(msg('Connectez-vous à l’Espace Client'))}
    <p>
      ${msg('Avec votre adresse e-mail habituelle et votre mot de passe, puis la confirmation sur votre téléphone.')}
    </p>
    ${problem(kit)}
    <div class="navigation">${signInTrigger(kit, msg('Se connecter'))}</div>
    ${kit.action.renderStatus()}
    <p>${msg('Première connexion ? Ouvrez le lien d’activation reçu par e-mail.')}</p>`;
}

/** Styles of the steps in this module, added to the journey's once it is loaded. */
export const stepStyles = css`
  [part~='step-title'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-heading);
    font-weight: var(--_font-weight-heading);
  }
  [part~='step-title']:focus {
    outline: none;
  }
  [part~='step-title']:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block: var(--_space-m);
  }
  .problem {
    margin-block-end: var(--_space-m);
  }
  /* The account question: the step's heading is the group's legend, its examples line under it. */
  legend [part~='step-title'] {
    margin: 0;
  }
  fieldset .hint {
    margin: 0;
    color: var(--_color-text-muted);
  }
  fieldset label {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-option);
    cursor: pointer;
  }
  fieldset label:has(input:checked) {
    border: 2px solid var(--_color-primary);
  }
  .note:empty {
    display: none;
  }
  bt-password-hint,
  bt-mfa-method-chooser {
    margin-block-end: var(--_space-m);
  }
  .missing {
    margin: var(--_space-s) 0 0;
    color: var(--_color-warning);
    font-weight: 600;
  }
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
function doneStep(done: { signedInAs?: string; portal?: string }): TemplateResult {
  return html`<svg part="success" viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="22" />
      <path d="m14 25 7 7 13-15" />
    </svg>
    ${title(msg('C’est fait !'))} ${done.signedInAs ? html`<p>${done.signedInAs}</p>` : nothing}
    <p>
      ${msg('Ce parcours ne sera plus à refaire : désormais, connectez-vous avec votre adresse habituelle et votre mot de passe.')}
    </p>
    ${done.portal ? html`<a part="portal" href=${done.portal}>${msg('Aller à l’Espace Client')}</a>` : nothing}`;
}

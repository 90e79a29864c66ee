import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { BtElement } from '../../internal/bt-element.js';
import { signedInAs } from '../../auth/signed-in-as.js';
import { warnOnce } from '../../internal/dev-warning.js';
import { SignInAction } from '../../auth/sign-in-action.js';
import { activationServiceFor, type ActivationService } from '../../activation/activation-service.js';
import { daysLeft, EXPIRING_SOON_DAYS } from '../../activation/expiry.js';
import { formatLongDate } from '../../activation/format-date.js';
import type { ActivationLookup } from '../../activation/lookup.js';
import { NewLinkFormController, withMaskedAddress } from '../../activation/new-link-form.js';
import { forgetActivation } from '../../activation/kept-activation.js';
import { getDateStyle } from '../../localization.js';
import { buttons } from '../../styles/controls.js';
import { signInActionStyles } from '../../styles/sign-in-action.js';
import { base, tokens } from '../../styles/tokens.js';
import { newLinkFormSpace } from '../../styles/new-link-form-space.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { AddressTokenController } from './address-token-controller.js';
import { takeTurn } from '../../internal/turns.js';
import { activationLandingStyles } from './activation-landing.styles.js';

export interface BtLinkRegenerationRequestedDetail {
  /** The address the customer typed. */
  readonly email: string;
}

export interface BtActivationStartRequestedDetail {
  /** The customer's address, when the service gave it. */
  readonly loginHint?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-activation-start-requested': CustomEvent<BtActivationStartRequestedDetail>;
    'bt-link-regeneration-requested': CustomEvent<BtLinkRegenerationRequestedDetail>;
    'bt-link-regenerated': CustomEvent<void>;
  }
}

const HEADINGS = { 1: literal`h1`, 2: literal`h2`, 3: literal`h3`, 4: literal`h4` };
/** The heading levels `heading-level` accepts on `<bt-activation-landing>`. */
export type ActivationLandingHeadingLevel = keyof typeof HEADINGS;

/** The link states in which the customer may ask for a new link. */
const NEW_LINK_STATES = new Set<string>(['expired', 'revoked', 'malformed', 'unknown', 'no-token']);

/**
 * The page behind the link of the invitation email. Reads the activation token from the address
 * (then removes it), asks the activation service what it is worth, and says what to do next:
 * start (valid link), sign in (link already used), or ask for a new link (expired, replaced,
 * damaged or lost). A malformed token is never sent to the service.
 *
 * @summary Activation-link landing page: check the link, explain, start or get a new link.
 *
 * @slot hint - Shown after the facts, below the action, e.g. a `<bt-password-hint>`.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading of the current state.
 * @csspart details - Masked email address and validity.
 * @csspart facts - What the customer should know before starting, in a disclosure (« Ce qu’il faut savoir »).
 * @csspart action - The primary button (start, sign in, retry).
 * @csspart request-form - The form to ask for a new link.
 * @csspart notice - Confirmation or error of the new-link request.
 * @csspart problem - Why the sign-in the landing started did not succeed.
 * @csspart status - Live status of its sign-in (under way, offline, already under way).
 *
 * @cssprop --bt-activation-landing-max-width - Maximum width of the content (default 40rem).
 *
 * @fires {CustomEvent<BtActivationStartRequestedDetail>} bt-activation-start-requested - The customer pressed Start on a valid link; cancelable, `detail.loginHint`. Cancel it to lead the customer through more steps first (as `<bt-onboarding-journey>` does).
 * @fires {CustomEvent<BtLinkRegenerationRequestedDetail>} bt-link-regeneration-requested - Before asking the service for a new link; cancelable, `detail.email`. Cancel it to handle the request yourself.
 * @fires {CustomEvent<void>} bt-link-regenerated - The service accepted the request for a new link.
 * @fires {CustomEvent<BtAuthErrorEventDetail>} bt-auth-error - The sign-in the landing started failed; `detail.problem` describes it (as on `<bt-signin-button>`).
 */
export class BtActivationLanding extends BtElement {
  static override styles = [
    tokens,
    base,
    buttons,
    signInActionStyles,
    visuallyHidden,
    newLinkFormSpace,
    activationLandingStyles,
  ];

  static override properties = {
    token: {},
    tokenParam: { attribute: 'token-param' },
    serviceUrl: { attribute: 'service-url' },
    service: { attribute: false },
    returnUrl: { attribute: 'return-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The activation token; read from the page address when not set. */
  token?: string;

  /** Name of the address parameter that carries the token. */
  tokenParam = 'token';

  /** Endpoint of the activation service (`…/api/activations`), used when `service` is not set. */
  serviceUrl = '';

  /** A host-provided activation service (an object with `lookup` and `requestNewLink`). */
  service?: ActivationService;

  /** Same-origin page to land on once signed in (the portal); by default this page. */
  returnUrl = '';

  /** Level of the headings (1 to 4). */
  headingLevel: ActivationLandingHeadingLevel = 2;

  /** This landing's sign-in: its busy state, and the failure of its own attempt only. */
  private readonly action = new SignInAction(this, { onSignedIn: () => forgetActivation() });
  private readonly address = new AddressTokenController(this, () => this.tokenParam);

  /** « Réessayer » replaced the focused button: the state that follows takes the focus. */
  private focusNextState = false;

  /** What the landing says of a link that is not valid, loaded with the first such answer. */
  private otherStates?: typeof import('./landing-states.js');

  private readonly lookup = new Task(this, {
    task: async ([token, service], { signal }): Promise<ActivationLookup | { kind: 'no-token' }> => {
      if (!service && token !== undefined) return { kind: 'unreachable' };
      // The request leaves in a task of its own, after the first screen's render.
      const lookup =
        token === undefined
          ? ({ kind: 'no-token' } as const)
          : (await takeTurn(), await service!.lookup(token, signal));
      // A damaged link never becomes valid: the tab need not keep it.
      if (lookup.kind === 'malformed') forgetActivation();
      if (lookup.kind === 'valid' || lookup.kind === 'unreachable') return lookup;
      // Offline since the page loaded: the customer can only try again, as with a silent service.
      this.otherStates ??= await import('./landing-states.js').catch(() => undefined);
      return this.otherStates ? lookup : { kind: 'unreachable' };
    },
    args: () => [this.token ?? this.address.token, this.activationService()] as const,
  });

  private activationService(): ActivationService | undefined {
    if (import.meta.env.DEV && !this.service && !this.serviceUrl) {
      warnOnce(this.localName, 'has no `service-url` or `service`: it cannot check links.');
    }
    return activationServiceFor(this.service, this.serviceUrl);
  }

  private start(lookup: Extract<ActivationLookup, { kind: 'valid' }>) {
    const requested = new CustomEvent('bt-activation-start-requested', {
      detail: { ...(lookup.loginHint && { loginHint: lookup.loginHint }) },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    // The landing follows no URL from the activation service: it starts the configured sign-in itself.
    if (!this.dispatchEvent(requested)) return;
    void this.action.run({
      ...(lookup.loginHint && { loginHint: lookup.loginHint }),
      ...(this.returnUrl && { returnUrl: this.returnUrl }),
    });
  }

  // The new-link form, for the link states that offer it, and for a sign-in Microsoft refused
  // because the account is not activated yet (an expired link, a lost invitation).
  private readonly newLinkForm = new NewLinkFormController(
    this,
    () => this.activationService(),
    () => NEW_LINK_STATES.has(this.lookup.value?.kind ?? '') || this.action.needsActivation,
  );

  override render() {
    return html`<section part="base" aria-busy=${this.lookup.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${this.lookup.render({
        initial: () => this.renderChecking(),
        pending: () => this.renderChecking(),
        complete: (lookup) => this.renderLookup(lookup),
        error: () => this.renderLookup({ kind: 'unreachable' }),
      })}
    </section>`;
  }

  private heading(text: string) {
    const tag = HEADINGS[this.headingLevel] ?? HEADINGS[2];
    return staticHtml`<${tag} part="title" tabindex="-1">${text}</${tag}>`;
  }

  private checkAgain() {
    this.focusNextState = true;
    void this.lookup.run();
  }

  // The checking state's heading had the focus (the journey's Back gives it): the answer's takes it.
  protected override willUpdate(): void {
    if (this.lookup.status !== TaskStatus.PENDING && this.shadowRoot?.activeElement?.closest('.checking')) {
      this.focusNextState = true;
    }
  }

  protected override updated(): void {
    if (!this.focusNextState || this.lookup.status === TaskStatus.PENDING) return;
    this.focusNextState = false;
    // Unless the customer has put the focus somewhere meanwhile.
    const active = this.shadowRoot?.activeElement;
    if (!active) this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus();
  }

  // At once, before the service answers: the heading and what the landing is doing, in the box of
  // the most common answer (a valid link), kept by that answer's first screen laid out unseen
  // beneath, so that the answer moves nothing the customer reads below.
  private renderChecking() {
    const room = {
      kind: 'valid',
      maskedEmail: 'x••••••.x•••••@xxxxxxx.fr',
      expiresAt: new Date(Date.now() + 2.592e9),
    } as const;
    return html`<div class="checking">
      <div>
        ${this.heading(msg('Activez votre accès à l’Espace Client'))}
        <p role="status">${msg('Vérification de votre lien d’activation…')}</p>
      </div>
      <div class="room" aria-hidden="true" inert>${this.renderValid(room)}</div>
    </div>`;
  }

  private renderLookup(lookup: ActivationLookup | { kind: 'no-token' }): TemplateResult {
    switch (lookup.kind) {
      case 'valid':
        return this.renderValid(lookup);
      case 'unreachable':
        return html`${this.heading(msg('Vérification impossible pour le moment'))}
          <p class="alert" data-tone="error" role="alert">
            ${msg('Le service d’activation ne répond pas. Votre lien est conservé : réessayez dans quelques instants.')}
          </p>
          ${this.action.renderButton(msg('Réessayer'), () => this.checkAgain())}`;
      default: {
        const account = this.action.auth.account;
        return this.otherStates!.renderOtherState(lookup.kind, {
          heading: (text) => this.heading(text),
          signInTrigger: (label) =>
            html`${this.action.renderTrigger(label, 'action', this.returnUrl ? { returnUrl: this.returnUrl } : {})}
            ${this.action.renderStatus()}`,
          button: (label, onClick) => this.action.renderButton(label, onClick),
          signOut: () => void this.action.auth.signOut(),
          signInProblem: () => this.renderSignInProblem(),
          requestForm: () => this.renderRequestForm(),
          ...(account && { signedInAs: signedInAs(account) }),
        });
      }
    }
  }

  private renderValid(lookup: Extract<ActivationLookup, { kind: 'valid' }>) {
    const until = formatLongDate(lookup.expiresAt, getDateStyle());
    const left = daysLeft(lookup.expiresAt, new Date(Date.now()));
    const soon = left <= EXPIRING_SOON_DAYS;
    const remaining =
      left <= 0 ? msg('expire aujourd’hui') : left === 1 ? msg('encore 1 jour') : msg(str`encore ${left} jours`);
    return html`${this.heading(msg('Activez votre accès à l’Espace Client'))}
      <p part="details">
        ${withMaskedAddress(
          msg(str`Lien d’activation pour ${lookup.maskedEmail}, valable jusqu’au ${until} (${remaining}).`),
          lookup.maskedEmail,
        )}
      </p>
      ${
        soon
          ? html`<p class="alert" data-tone="warning" role="note">
              ${msg('Ce lien expire bientôt : activez votre accès maintenant, ou demandez un nouveau lien plus tard.')}
            </p>`
          : nothing
      }
      ${this.renderSignInProblem()} ${this.action.renderButton(msg('Activer mon accès'), () => this.start(lookup))}
      ${this.action.renderStatus()}
      <details part="facts">
        <summary>${msg('Ce qu’il faut savoir')}</summary>
        <ul>
          <li>
            ${msg('Ce compte Microsoft est obligatoire pour accéder à l’Espace Client : il renforce la sécurité de vos données.')}
          </li>
          <li>
            ${msg('Aucune nouvelle boîte mail n’est créée : le compte fait seulement le lien entre votre adresse habituelle et notre environnement.')}
          </li>
          <li>
            ${msg('Vous avez déjà un compte Microsoft ? Utilisez-le : il ne restera qu’à paramétrer la double authentification.')}
          </li>
          <li>
            ${msg('C’est à faire une seule fois : ensuite, connectez-vous avec votre adresse habituelle et votre mot de passe.')}
          </li>
          <li>${msg('iPhone, iPad ou Mac : aucune incompatibilité avec les produits Apple.')}</li>
          <li>${msg('Toutes les données liées à la connexion sont gérées par Baker Tilly.')}</li>
        </ul>
      </details>
      <slot name="hint"></slot>`;
  }

  /** Why the sign-in this landing started did not succeed (cancelled, popup blocked…), above its button. */
  private renderSignInProblem() {
    return this.action.renderProblem({ support: this.action.needsActivation ? this.renderRequestForm() : nothing });
  }

  private renderRequestForm() {
    return this.newLinkForm.render();
  }
}

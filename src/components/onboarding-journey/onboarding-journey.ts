import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { whenTaskFree } from '../../internal/turns.js';
import { BtElement } from '../../internal/bt-element.js';
import { signedInAs } from '../../auth/signed-in-as.js';
import { SignInAction } from '../../auth/sign-in-action.js';
import { sameOriginUrl } from '../../auth/return-url.js';
import { recallMethod } from '../../mfa/method-memory.js';
import { AddressTokenController } from '../activation-landing/address-token-controller.js';
import { HashLinkController } from '../signin-faq/hash-link-controller.js';
import { forgetActivation, keepJourney, recallJourney } from '../../activation/kept-activation.js';
import { JourneyHistoryController } from './journey-history.js';
import type { StepKit } from './journey-step-views.js';
import { NewLinkFormController } from '../../activation/new-link-form.js';
import { activationServiceFor } from '../../activation/activation-service.js';
import type { AuthAccount } from '../../auth/types.js';
import type { ActivationService } from '../../activation/activation-service.js';
import type { FaqTopic } from '../../faq/entries.js';
import { buttons, choices } from '../../styles/controls.js';
import { signInActionStyles } from '../../styles/sign-in-action.js';
import { base, tokens } from '../../styles/tokens.js';
import { newLinkFormSpace } from '../../styles/new-link-form-space.js';
import { onboardingJourneyStyles } from './onboarding-journey.styles.js';
import {
  canContinue,
  completed,
  journeySteps,
  moved,
  startJourney,
  type JourneyState,
  type JourneyStep,
} from './journey-steps.js';

export type { JourneyStep } from './journey-steps.js';

/** What the tab keeps of a journey under way (see kept-activation). */
interface KeptJourney {
  readonly state: JourneyState;
  readonly loginHint?: string;
}

export interface BtJourneyStepChangedDetail {
  readonly step: JourneyStep;
  readonly previous: JourneyStep;
}
export interface BtJourneyCompletedDetail {
  readonly account: AuthAccount;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-journey-step-changed': CustomEvent<BtJourneyStepChangedDetail>;
    'bt-journey-completed': CustomEvent<BtJourneyCompletedDetail>;
  }
}

/** The help centre's topic at each step. */
const helpTopic = (step: JourneyStep): FaqTopic =>
  step === 'second-factor' ? 'phone' : step === 'link' || step === 'account' ? 'account' : 'journey';

/**
 * The whole one-time journey of the FAQ in one tag: the activation link, "do you already have a
 * Microsoft account?" (yes: only the second factor remains; no: what to know about the password),
 * the two-factor method, Microsoft sign-in, done. Customers already signed in see the done state;
 * returning customers without a link see the normal sign-in. The help centre, filtered for each
 * step, is always one click away, and the lost-phone card sits with the second factor.
 *
 * Needs the elements it composes: import `@bakertilly/espace-client-auth/onboarding-journey`,
 * which defines them all.
 *
 * @summary The one-time onboarding journey, from the activation link to signed in.
 *
 * @csspart base - The wrapper.
 * @csspart progress - Where the customer is: « Étape 2 sur 5 · Compte Microsoft » over a bar (neither on the done step nor for a returning customer).
 * @csspart step - The current step.
 * @csspart step-title - The heading of the current step (focused on each change).
 * @csspart back - The button back to the previous step.
 * @csspart next - The button to the next step.
 * @csspart help - The help disclosure.
 * @csspart problem - Why the journey's sign-in did not succeed.
 * @csspart status - Live status of its sign-in (under way, offline, already under way).
 * @csspart request-form - The new-link request, offered when Microsoft says the account is not activated yet.
 * @csspart notice - Confirmation or error of the new-link request.
 * @csspart success - The done step's check mark (decorative: its heading says it).
 * @csspart portal - The done step's link to the portal, styled as the primary button.
 *
 * @cssprop --bt-onboarding-journey-max-width - Maximum width (default 44rem).
 *
 * @fires {CustomEvent<BtJourneyStepChangedDetail>} bt-journey-step-changed - The customer moved to another step; `detail.step`, `detail.previous`.
 * @fires {CustomEvent<BtJourneyCompletedDetail>} bt-journey-completed - The journey's own sign-in succeeded; `detail.account`.
 * @fires {CustomEvent<BtAuthErrorEventDetail>} bt-auth-error - The journey's sign-in failed; `detail.problem` describes it (as on `<bt-signin-button>`).
 * @fires {CustomEvent<BtLinkRegenerationRequestedDetail>} bt-link-regeneration-requested - Before asking the service for a new link (from the new-link request of a sign-in refused for an account not activated yet; the landing's own request bubbles too); cancelable, `detail.email`.
 * @fires {CustomEvent<void>} bt-link-regenerated - The service accepted the request for a new link.
 */
export class BtOnboardingJourney extends BtElement {
  static override styles = [
    tokens,
    base,
    buttons,
    choices,
    signInActionStyles,
    newLinkFormSpace,
    onboardingJourneyStyles,
  ];

  static override properties = {
    serviceUrl: { attribute: 'service-url' },
    service: { attribute: false },
    tokenParam: { attribute: 'token-param' },
    returnUrl: { attribute: 'return-url' },
    portalUrl: { attribute: 'portal-url' },
    supportPhone: { attribute: 'support-phone' },
    supportEmail: { attribute: 'support-email' },
    supportHours: { attribute: 'support-hours' },
    loginHost: { attribute: 'login-host' },
    journey: { state: true, attribute: false },
    helpOpen: { state: true, attribute: false },
  };

  /** Endpoint of the activation service, passed to `<bt-activation-landing>`. */
  serviceUrl = '';

  /** A host-provided activation service, passed to `<bt-activation-landing>`. */
  service?: ActivationService;

  /** Name of the address parameter that carries the activation token. */
  tokenParam = 'token';

  /** Same-origin page to land on once signed in (the portal). */
  returnUrl = '';

  /**
   * Same-origin page of the portal, for the done step's primary action « Aller à l’Espace Client »;
   * `return-url` when empty. Set it: without either, the done step has no way on to the portal.
   */
  portalUrl = '';

  /** Customer service phone number, for the lost-phone card. */
  supportPhone = '';

  /** Customer service email address, for the lost-phone card. */
  supportEmail = '';

  /** Customer service opening hours, for the lost-phone card (see `<bt-lost-phone-card hours>`). */
  supportHours = '';

  /** Host of the sign-in page, for the password hint (see `<bt-password-hint login-host>`); empty (the default) takes the configured authority's host. */
  loginHost = '';

  private journey?: JourneyState;
  private loginHint?: string;
  private stepViews?: typeof import('./journey-step-views.js');
  private stepViewsFailed?: boolean;
  /** Back or Forward in the browser: to that step, if this customer's journey has it. */
  private readonly history = new JourneyHistoryController(this, (step) => {
    if (step !== 'done' && journeySteps(this.state).includes(step)) this.go({ ...this.state, step }, false);
  });
  // For a customer Microsoft says is not activated yet (an expired link, a lost invitation):
  // the new-link request, right where the sign-in failed.
  private readonly newLinkForm = new NewLinkFormController(
    this,
    () => activationServiceFor(this.service, this.serviceUrl),
    () => this.action.needsActivation,
  );
  private helpOpen = false;
  /** @internal A link to an answer (`#faq-<id>`, on load or followed) opens the help; the FAQ opens the answer. */
  protected readonly faqLinks = new HashLinkController(this, () => (this.helpOpen = true));
  private focusStep?: boolean;
  /**
   * Counts the steps shown, for names that must not outlive them: in Chromium, once a radio that
   * had the focus has left a shadow root, Tab skips every radio of that name in it (issue 19).
   */
  private stepRendering = 0;
  /** The step changed while its part was loading: its heading takes the focus once shown. */
  private awaitedStepViews?: boolean;

  /** The journey's own sign-in: it completes when that one succeeds, not on another element's. */
  private readonly action = new SignInAction(this, {
    onSignedIn: (account) => {
      forgetActivation();
      this.go(completed(this.state));
      this.dispatchEvent(
        new CustomEvent('bt-journey-completed', { detail: { account }, bubbles: true, composed: true }),
      );
    },
  });

  // The journey, not the landing, takes the token from the address: the landing is rebuilt each
  // time the customer comes back to the first step, after the token has left the address bar.
  private readonly addressToken = new AddressTokenController(this, () => this.tokenParam);

  /** The token the journey started with: another one pasted into the address starts it again. */
  private startedWith?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.journey) this.start(false);
  }

  /**
   * Starts the journey of the address's token, or takes it up where the customer was (reloaded,
   * or back from the App Store or Microsoft's page). `anotherLink`: a new invitation link opened
   * in this tab, whose journey starts at its link.
   */
  private start(anotherLink: boolean) {
    const token = (this.startedWith = this.addressToken.token);
    const kept = recallJourney<KeptJourney>(token);
    // The chooser shows the method remembered in this tab; the journey counts it as chosen.
    this.journey = kept?.state ?? startJourney(anotherLink || token !== undefined, recallMethod());
    this.loginHint = anotherLink ? undefined : kept?.loginHint;
    // The history entry records the step once the page has time (a synchronous call; see whenTaskFree).
    whenTaskFree(() => this.journey && this.history.record(this.journey.step, false));
    // The steps after the link load while the landing checks it (a returning customer's sign-in too).
    this.loadStepViews();
  }

  private loadStepViews() {
    if (this.stepViews) return;
    this.stepViewsFailed = false;
    import('./journey-step-views.js').then(
      (views) => {
        this.stepViews = views;
        // The steps' own styles come with them, added to the journey's.
        if (this.shadowRoot) adoptStyles(this.shadowRoot, [...BtOnboardingJourney.elementStyles, views.stepStyles]);
        this.requestUpdate();
      },
      () => {
        this.stepViewsFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** Where the customer is, and what they said so far. */
  private get state(): JourneyState {
    return this.journey ?? startJourney(true);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const token = this.addressToken.token;
    // A new invitation link opened in this tab: its journey starts at its link.
    if (this.journey && token !== this.startedWith) this.start(true);
    const { step, returning } = this.state;
    // Signed in once the journey reached its sign-in (back from Microsoft, or a later visit
    // without a link): it is done. At the link, the landing says what the link is worth to the
    // account signed in (someone else's used link, say).
    if (this.action.auth.status === 'signed-in' && (step === 'sign-in' || returning))
      this.journey = completed(this.state);
    // The done step is drawn by the part loaded on demand (loaded again if it failed to load).
    if (this.state.step === 'done') this.loadStepViews();
    if (changed.has('journey') && token && this.state.step !== 'done') {
      keepJourney<KeptJourney>(token, { state: this.state, loginHint: this.loginHint });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stepViews?.stopAwaitingTitle(this);
  }

  protected override updated(): void {
    if (!this.focusStep) return;
    // The new step's heading takes the focus, with the part that draws the steps after the link:
    // while it loads, once shown, unless the customer has put the focus somewhere meanwhile.
    if (!this.stepViews) {
      this.awaitedStepViews = true;
      return;
    }
    const waited = this.awaitedStepViews;
    this.focusStep = this.awaitedStepViews = false;
    this.stepViews.focusStepTitle(this, waited);
  }

  /**
   * Moves to `next`; a new step takes the focus and is announced to the host. Moving on adds a
   * history entry (Back returns here); going back replaces the current one. Not `recorded` when
   * the browser's own Back or Forward made the move: its entry is already there.
   */
  private go(next: JourneyState, recorded = true) {
    const previous = this.state.step;
    this.journey = next;
    if (next.step === previous) return;
    this.stepViews?.stopAwaitingTitle(this);
    this.awaitedStepViews = false;
    this.stepRendering++;
    const onward = journeySteps(next).indexOf(next.step) > journeySteps(next).indexOf(previous);
    if (recorded && next.step !== 'done') this.history.record(next.step, onward);
    this.focusStep = true;
    this.dispatchEvent(
      new CustomEvent('bt-journey-step-changed', {
        detail: { step: next.step, previous },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * Where the customer is, in one line that fits a phone, over a bar of one segment per step. The
   * line is what is read; the bar shows the same and is hidden from assistive technology (a
   * `progressbar` would say it again, as a percentage). Done is no step: the done step has its
   * own check mark, and a returning customer, with a single step, has no progress to show.
   */
  private renderProgress() {
    const { step, returning } = this.state;
    if (returning || step === 'done') return nothing;
    const steps = journeySteps(this.state).filter((each) => each !== 'done');
    const position = steps.indexOf(step) + 1;
    return html`<div part="progress">
      <p class="progress-line">
        ${msg(str`Étape ${position} sur ${steps.length}`)} ·
        <span class="label">${step === 'link' ? msg('Lien d’activation') : this.stepViews?.stepLabel(step)}</span>
      </p>
      <div class="bar" aria-hidden="true">
        ${steps.map((_, index) => html`<span class=${index < position ? 'reached' : ''}></span>`)}
      </div>
    </div>`;
  }

  override render() {
    const state = this.state;
    return html`<div part="base">
      ${this.renderProgress()}
      <div part="step">${this.renderStep()}</div>
      ${
        state.step === 'done'
          ? nothing
          : html`<details
              part="help"
              ?open=${this.helpOpen}
              @toggle=${(event: Event) => (this.helpOpen = (event.target as HTMLDetailsElement).open)}
            >
              <summary>${msg('Besoin d’aide ?')}</summary>
              ${
                this.helpOpen
                  ? html`<bt-signin-faq
                      topic=${helpTopic(state.step)}
                      no-search
                      heading-level="3"
                      phone=${this.supportPhone || nothing}
                    ></bt-signin-faq>`
                  : nothing
              }
            </details>`
      }
    </div>`;
  }

  private renderStep(): TemplateResult {
    return this.state.step === 'link'
      ? html`<bt-activation-landing
          heading-level="2"
          token-param=${this.tokenParam}
          .token=${this.addressToken.token}
          service-url=${this.serviceUrl}
          .service=${this.service}
          @bt-activation-start-requested=${(event: CustomEvent<{ loginHint?: string }>) => {
            event.preventDefault();
            this.loginHint = event.detail.loginHint;
            this.go(moved(this.state, 1));
          }}
        ></bt-activation-landing>`
      : this.renderMiddleStep();
  }

  /** A step of the part loaded on demand; the space is kept while it loads. */
  private renderMiddleStep() {
    const views = this.stepViews;
    if (!views) {
      return this.stepViewsFailed
        ? html`<p class="alert" data-tone="error" role="alert">
              ${msg('Cette étape n’a pas pu être chargée. Vérifiez votre accès à Internet, puis réessayez.')}
            </p>
            <button type="button" @click=${() => this.loadStepViews()}>${msg('Réessayer')}</button>`
        : html`<div class="step-space"></div>`;
    }
    const kit: StepKit = {
      state: this.state,
      rendering: this.stepRendering,
      host: this,
      action: this.action,
      loginHint: this.loginHint,
      newLinkForm: this.newLinkForm,
      ready: canContinue(this.state),
      move: (offset) => this.go(moved(this.state, offset)),
      update: (next) => (this.journey = next),
      signedInAs,
      sameOriginUrl,
    };
    return views.stepView(kit);
  }
}

import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { AuthController } from './auth-controller.js';
import type { AuthProblem } from './describe-problem.js';
import { signedInAs } from './signed-in-as.js';
import type { AuthAccount, AuthChange, AuthFailure, SignInOptions } from './types.js';

export interface BtAuthErrorEventDetail {
  readonly problem: AuthProblem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-auth-error': CustomEvent<BtAuthErrorEventDetail>;
  }
}

type Describe = (failure: AuthFailure) => AuthProblem;

/** Problem descriptions are only needed once something failed: loaded then, once per page. */
let describe: Describe | undefined;
let describing: Promise<Describe> | undefined;
function loadDescriptions(): Promise<Describe> {
  describing ??= import('./describe-problem.js').then(
    (module) => (describe = module.describeFailure),
    () => {
      // The network went away since the page loaded (or a deployment replaced the file): say the
      // likeliest cause now, and load the descriptions again at the next failure.
      describing = undefined;
      return (describe ??= describeOffline);
    },
  );
  return describing;
}

/**
 * How the problem's alert looks: a session to renew or a closed window is no error; a network or
 * a browser setting to check is a warning; the rest failed.
 */
function toneOf({ code, action }: AuthProblem): 'info' | 'warning' | 'error' {
  if (action === 'sign-in-again' || code === 'user_cancelled') return 'info';
  return action === 'check-connection' || action === 'allow-popups' ? 'warning' : 'error';
}

const describeOffline: Describe = (failure) => ({
  code: failure.code,
  title: msg('Pas d’accès à Internet'),
  message: msg('Votre appareil semble hors ligne. Vous pourrez vous connecter dès que le réseau sera revenu.'),
  action: 'check-connection',
});

export interface SignInActionOptions {
  /** Also shows failures no element caused (a session that could not be restored, a wrong configuration). */
  readonly showsUnclaimed?: boolean;
  /** Called when this element's own sign-in succeeded. */
  readonly onSignedIn?: (account: AuthAccount) => void;
  /** Called on every change (signed in or out anywhere, failures included). */
  readonly onChange?: (change: AuthChange) => void;
}

/**
 * The one sign-in action of the library, used by every element that signs in: starts sign-in in
 * the element's name, shows its busy state (focusable, `aria-busy`), offline, "already under way"
 * with a way to give the stuck interaction up and start again, and the failure of this element's
 * own attempt: described in plain words, announced once (`bt-auth-error`), never another element's.
 */
export class SignInAction implements ReactiveController {
  readonly auth: AuthController;
  /** The failure of this element's last attempt (or an unclaimed one, see `showsUnclaimed`). */
  private failure?: AuthFailure;
  /** Failures another element caused and shows. */
  private claimedElsewhere?: AuthFailure;
  /** The customer clicked while an interaction was under way. */
  private alreadyUnderWay = false;
  private lastOptions: SignInOptions = {};
  /** The account this element's own sign-in just signed in: said in words on the status line. */
  private signedIn?: AuthAccount;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SignInActionOptions = {},
  ) {
    this.auth = new AuthController(host, (change) => this.onChange(change));
    host.addController(this);
  }

  /** Who this element is in the client's outcomes (its tag, and its id when it has one). */
  get initiator(): string {
    const id = this.host.id.replace(/[^\w-]/g, '').slice(0, 32);
    return id ? `${this.host.localName}--${id}` : this.host.localName;
  }

  /** True while any sign-in of the page is under way (this element's buttons then say so). */
  get busy(): boolean {
    return this.auth.status === 'interacting' || this.auth.status === 'initializing';
  }

  /** Microsoft says the account is not activated yet (an expired link, a lost invitation): offer a new link. */
  get needsActivation(): boolean {
    return this.problem?.action === 'use-activation-link';
  }

  /** This element's current problem, described in the active locale once descriptions have loaded. */
  get problem(): AuthProblem | undefined {
    const failure = this.shownFailure();
    return failure && describe?.(failure);
  }

  /**
   * Before rendering a failure, its description must be there; a failure may also come as a
   * state without a change (a restored page, a client that cannot work replacing one that could).
   */
  hostUpdate(): void {
    if (!describe && this.shownFailure()) void this.describeAndUpdate();
  }

  /** Starts sign-in for this element; a click during another interaction says so instead. */
  async run(options: SignInOptions = {}): Promise<void> {
    if (this.auth.status === 'interacting') {
      this.alreadyUnderWay = true;
      this.host.requestUpdate();
      return;
    }
    if (this.auth.status === 'initializing' || !this.auth.online) return;
    this.lastOptions = options;
    this.alreadyUnderWay = false;
    this.failure = undefined;
    if (this.auth.status === 'error') this.auth.dismissProblem();
    this.host.requestUpdate();
    const outcome = await this.auth.signIn({ ...options, initiator: this.initiator });
    if (outcome.kind === 'busy') this.alreadyUnderWay = true;
    // A client that cannot sign in at all (none configured, a wrong configuration) fails this
    // attempt without a change to report: the failure is still this element's own.
    if (outcome.kind === 'failed' && !this.failure) this.own(outcome.failure);
    this.host.requestUpdate();
  }

  /** Gives up the interaction under way (here or in another tab) and starts this element's again. */
  restart(): void {
    this.alreadyUnderWay = false;
    this.auth.cancelInteraction();
    void this.run(this.lastOptions);
  }

  /** Hides this element's problem (the customer closed it). */
  dismiss(): void {
    this.failure = undefined;
    this.auth.dismissProblem();
    this.host.requestUpdate();
  }

  private shownFailure(): AuthFailure | undefined {
    if (this.failure) return this.failure;
    const unclaimed = this.auth.status === 'error' && this.auth.failure !== this.claimedElsewhere;
    return this.options.showsUnclaimed && unclaimed ? this.auth.failure : undefined;
  }

  private onChange(change: AuthChange) {
    this.options.onChange?.(change);
    const own = change.initiator === this.initiator;
    this.signedIn = change.kind === 'signed-in' && own ? change.account : undefined;
    if (change.kind !== 'failed') {
      this.failure = undefined;
      this.alreadyUnderWay = false;
      if (this.signedIn) this.options.onSignedIn?.(this.signedIn);
      return;
    }
    const mine = own || (this.options.showsUnclaimed && !change.initiator);
    if (!mine) {
      this.claimedElsewhere = change.failure;
      return;
    }
    this.own(change.failure);
  }

  /** Shows `failure` as this element's own and announces it once. */
  private own(failure: AuthFailure) {
    this.failure = failure;
    this.alreadyUnderWay = false;
    void this.describeAndUpdate().then((describeFailure) => {
      const problem = describeFailure(failure);
      this.host.dispatchEvent(
        new CustomEvent<BtAuthErrorEventDetail>('bt-auth-error', {
          detail: { problem },
          bubbles: true,
          composed: true,
        }),
      );
    });
  }

  private async describeAndUpdate(): Promise<Describe> {
    const loaded = await loadDescriptions();
    this.host.requestUpdate();
    return loaded;
  }

  /**
   * The element's button that signs in: busy (and still focusable) while any sign-in is under way.
   * `busyLabels` replaces the busy wording (a button of fixed size says it shorter).
   */
  renderTrigger(
    label: string,
    part = 'action',
    options: SignInOptions = {},
    busyLabels: { readonly interacting?: string; readonly initializing?: string } = {},
  ): TemplateResult {
    const text =
      this.auth.status === 'interacting'
        ? (busyLabels.interacting ?? msg('Connexion en cours…'))
        : this.auth.status === 'initializing'
          ? (busyLabels.initializing ?? msg('Vérification de votre session…'))
          : label;
    return this.renderButton(text, () => void this.run(options), part);
  }

  /**
   * A button of the element that leads to sign-in (the landing's start, which asks its host first):
   * while any sign-in is under way it is busy, still focusable, and a click says so instead.
   */
  renderButton(label: string, onClick: () => void, part = 'action'): TemplateResult {
    const busy = this.busy;
    return html`<button
      part=${part}
      type="button"
      aria-disabled=${busy || !this.auth.online ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${busy ? () => void this.run() : onClick}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
    </button>`;
  }

  /**
   * The live line under the trigger: offline, under way, already under way with a way out, or
   * signed in by this element (a popup closing says nothing by itself). Always there, empty or
   * not, so that its first message is announced.
   */
  renderStatus(): TemplateResult {
    const { status, online } = this.auth;
    const text = !online
      ? msg('Hors ligne : la connexion sera possible dès le retour du réseau.')
      : this.alreadyUnderWay && status === 'interacting'
        ? msg('Une connexion est déjà en cours : terminez-la dans la fenêtre Microsoft, ou recommencez.')
        : status === 'interacting'
          ? msg('Poursuivez sur la page Microsoft qui s’est ouverte.')
          : status === 'signed-in' && this.signedIn
            ? signedInAs(this.signedIn)
            : '';
    const offerRestart = online && this.alreadyUnderWay && status === 'interacting';
    const restart = offerRestart
      ? html` <button type="button" class="link" @click=${() => this.restart()}>
          ${msg('Annuler et recommencer')}
        </button>`
      : nothing;
    return html`<p part="status" role="status">${text}${restart}</p>`;
  }

  /**
   * This element's problem, above nothing else: a title, what happened and what to do. Another
   * tab's interaction can be given up from here; `closable` adds a button that hides the problem.
   */
  renderProblem({ closable = false, support = nothing }: { closable?: boolean; support?: unknown } = {}) {
    const problem = this.problem;
    if (!problem || this.auth.status === 'interacting') return nothing;
    const elsewhere = problem.code === 'interaction_in_progress';
    return html`<div part="problem" class="problem alert" data-tone=${toneOf(problem)} role="alert" tabindex="-1">
      <p class="alert-title">${problem.title}</p>
      <p>${problem.message}</p>
      ${support}
      ${
        elsewhere
          ? html`<button type="button" class="link" @click=${() => this.restart()}>${msg('Recommencer ici')}</button>`
          : nothing
      }
      ${closable ? html`<button type="button" class="link" @click=${() => this.dismiss()}>${msg('Fermer')}</button>` : nothing}
    </div>`;
  }
}

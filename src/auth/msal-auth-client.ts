import { BtAuthError, toAuthFailure, withTimeout } from './auth-error.js';
import { AuthStore } from './auth-store.js';
import { hasMsalTraces } from './browser-traces.js';
import type { AuthConfig } from './config.js';
import type { Msal, MsalSession, SessionEvent, SessionTimings } from './msal-session.js';
import { sameOriginUrl } from './return-url.js';
import { getLocale } from '../localization.js';
import type {
  AuthAccount,
  AuthClient,
  AuthFailure,
  AuthListener,
  AuthState,
  SignInOptions,
  SignInOutcome,
} from './types.js';

// Loading MSAL must not leave a button spinning for ever; each step after it has its own deadline.
const LOAD_TIMEOUT_MS = 30_000;
// Long enough to create an account and set up Authenticator; closing the popup is noticed at once.
const POPUP_TIMEOUT_MS = 15 * 60_000;
const TAB_CHANNEL = 'bt-espace-client-auth';

type TabMessage =
  | { type: 'signed-in'; hint?: string }
  | { type: 'signed-out' }
  /** A tab just opened asks whether another one holds a session. */
  | { type: 'who-is-signed-in' };

/** The interaction under way in this tab. Aborting its controller gives it up (the lock with it). */
interface Interaction {
  readonly kind: 'sign-in' | 'sign-out';
  readonly controller: AbortController;
  readonly initiator?: string;
  /** A redirect has started to leave the page. */
  leaving?: boolean;
  onLeaving?: () => void;
  stopWatching?: () => void;
}

/**
 * The {@link AuthClient} over MSAL, and the one place where the sign-in state changes: every
 * transition is decided here, from the outcomes the MSAL driver ({@link MsalSession}) returns and
 * the events it reports. This part costs a page almost nothing; MSAL and its driver are loaded
 * with a dynamic import when sign-in is first needed.
 */
export class MsalAuthClient implements AuthClient {
  private readonly store = new AuthStore();
  private started = false;
  private disposed = false;
  /** Following a sign-in of another tab: one at a time, however many tabs answer. */
  private following?: Promise<unknown>;
  private loading?: Promise<MsalSession>;
  private session?: MsalSession;
  private tabs?: BroadcastChannel;
  private current?: Interaction;
  /** The customer chose to start again: the next interaction takes over from the one given up. */
  private replaceNext = false;
  /** Stops renewing the signed-in session's tokens. */
  private stopRenewal?: () => void;
  /** Whose session the provider ended: signing in again keeps the page (a popup) and their address. */
  private ended?: AuthAccount;
  private readonly timings: SessionTimings;

  constructor(
    readonly config: AuthConfig,
    private readonly importMsal: () => Promise<Msal> = () => import('./msal-module.js'),
    timings: Partial<SessionTimings> = {},
  ) {
    this.timings = { networkMs: config.networkTimeoutMs, popupMs: POPUP_TIMEOUT_MS, ...timings };
  }

  getState(): AuthState {
    return this.store.current;
  }

  subscribe(listener: AuthListener): () => void {
    return this.store.subscribe(listener);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.listenToOtherTabs();
    // A host's MSAL client is already in the page: follow its session at once.
    if (this.config.msalInstance)
      return void this.load().catch((error: unknown) => this.store.fail(toAuthFailure(error)));
    if (!hasMsalTraces()) {
      this.store.settle({ status: 'signed-out' });
      // Signed in in another tab before this one opened: that tab answers, and this one follows.
      this.tabs?.postMessage({ type: 'who-is-signed-in' } satisfies TabMessage);
      return;
    }
    // MSAL loads in the next task: a framework that binds the configuration property by property
    // has then set all of it, and a client built too early has been replaced (see `replaceable`).
    setTimeout(() => {
      if (!this.disposed) this.load().catch((error: unknown) => this.store.fail(toAuthFailure(error)));
    });
  }

  /** Nothing has used this client yet (no MSAL loaded, no interaction): another may take its place. */
  get replaceable(): boolean {
    return !this.loading && !this.session && !this.current;
  }

  /** Stops following other tabs and never loads MSAL: a client with the final configuration replaced it. */
  dispose(): void {
    this.disposed = true;
    this.stopRenewal?.();
    this.tabs?.close();
    this.tabs = undefined;
  }

  async signIn(options: SignInOptions = {}): Promise<SignInOutcome> {
    const { initiator } = options;
    if (this.store.current.status === 'interacting') return { kind: 'busy' };
    if (globalThis.navigator?.onLine === false) return this.failed({ code: 'no_network_connectivity' }, initiator);
    const interaction = this.begin('sign-in', initiator);
    const replacing = this.replaceNext;
    this.replaceNext = false;
    const ended = this.ended;
    const request = {
      loginHint: options.loginHint ?? ended?.username,
      prompt: options.prompt,
      replacing,
      signal: interaction.controller.signal,
      uiLocales: getLocale(),
    };
    const returnUrl = sameOriginUrl(options.returnUrl) ?? location.href;
    const left = new Promise<undefined>((resolve) => (interaction.onLeaving = () => resolve(undefined)));
    try {
      const session = await this.loadFor(interaction);
      // After a session ended, a popup: the page and what the customer was doing in it stay.
      const popup = (options.interaction ?? (ended ? 'popup' : this.config.interaction)) === 'popup';
      // A redirect, or a popup that the browser blocked and that fell back to one.
      const work = popup ? session.signInPopup(request, returnUrl) : session.signInRedirect(request, returnUrl);
      // Once the page is leaving, its outcome is `redirecting`; a page that then cannot leave (the
      // provider holds the navigation) fails after the deadline.
      work.catch((error: unknown) => interaction.leaving && this.end(interaction, toAuthFailure(error)));
      const account = await Promise.race([work, left]);
      if (!account) return { kind: 'redirecting' };
      if (this.current !== interaction) return { kind: 'abandoned' };
      this.signedIn(account, initiator, true);
      this.end(interaction);
      if (options.returnUrl && returnUrl !== location.href) location.assign(returnUrl);
      return { kind: 'signed-in', account };
    } catch (error) {
      const failure = toAuthFailure(error);
      if (failure.code === 'abandoned') return { kind: 'abandoned' };
      this.end(interaction, failure);
      return { kind: 'failed', failure };
    }
  }

  cancelInteraction(): void {
    this.replaceNext = true;
    const interaction = this.current;
    if (interaction) {
      this.end(interaction);
      interaction.controller.abort('abandoned');
    }
    this.store.restore();
  }

  async signOut(): Promise<void> {
    if (this.store.current.status === 'interacting') return;
    const interaction = this.begin('sign-out');
    try {
      const session = await this.loadFor(interaction);
      await session.signOut(interaction.controller.signal);
      this.end(interaction);
      // Offline, MSAL only cleared its cache: no sign-out event told the other tabs yet.
      this.signedOut(this.store.current.status !== 'signed-out');
    } catch (error) {
      const failure = toAuthFailure(error);
      // The tokens were already forgotten (MSAL's sign-out event): a closed sign-out popup changes nothing.
      if (this.store.current.status === 'signed-out' || failure.code === 'abandoned') {
        this.end(interaction);
        return;
      }
      this.end(interaction, failure);
    }
  }

  async getAccessToken(scopes: readonly string[] = this.config.scopes): Promise<string> {
    try {
      return await (await this.load()).getAccessToken(scopes);
    } catch (error) {
      const failure = toAuthFailure(error);
      if (failure.code === 'session_ended') await this.sessionEnded(failure);
      throw error instanceof BtAuthError ? error : new BtAuthError(failure);
    }
  }

  dismissFailure(): void {
    this.store.dismissFailure();
  }

  private begin(kind: Interaction['kind'], initiator?: string): Interaction {
    const interaction: Interaction = { kind, controller: new AbortController(), ...(initiator && { initiator }) };
    this.current = interaction;
    this.store.interact();
    return interaction;
  }

  /**
   * Ends `interaction` if it is still this tab's, with `failure` shown when given; false when it
   * was already over (given up, or ended by a closed popup).
   */
  private end(interaction: Interaction, failure?: AuthFailure): boolean {
    if (this.current !== interaction) return false;
    this.current = undefined;
    interaction.stopWatching?.();
    if (interaction.leaving) {
      // A navigation the provider held or that was abandoned: it must neither complete later
      // nor count as a departure when the page loads again.
      globalThis.stop?.();
      this.session?.stayed();
    }
    if (failure) this.store.fail(failure, interaction.initiator);
    else if (this.store.current.status === 'interacting') this.store.restore();
    return true;
  }

  private failed(failure: AuthFailure, initiator?: string): SignInOutcome {
    this.store.fail(failure, initiator);
    return { kind: 'failed', failure };
  }

  private signedIn(account: AuthAccount, initiator: string | undefined, announce: boolean) {
    this.ended = undefined;
    this.renewWhileOpen();
    this.store.settle(
      { status: 'signed-in', account },
      { kind: 'signed-in', account, ...(initiator && { initiator }) },
    );
    if (announce) this.tabs?.postMessage({ type: 'signed-in' } satisfies TabMessage);
  }

  private signedOut(announce: boolean) {
    this.ended = undefined;
    this.stopRenewal?.();
    if (announce) this.tabs?.postMessage({ type: 'signed-out' } satisfies TabMessage);
    if (this.store.current.status !== 'signed-out') this.store.settle({ status: 'signed-out' }, { kind: 'signed-out' });
    if (!this.current) this.session?.forgetLeftovers();
  }

  /** Loads MSAL for an interaction; giving the interaction up stops the wait. */
  private loadFor(interaction: Interaction): Promise<MsalSession> {
    const { signal } = interaction.controller;
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new BtAuthError({ code: String(signal.reason) })), { once: true });
      this.load().then(resolve, reject);
    });
  }

  /** Loads MSAL and the session once, then handles the page's arrival; a failure lets a later action try again. */
  private load(): Promise<MsalSession> {
    this.loading ??= withTimeout(
      Promise.all([this.importMsal(), import('./msal-session.js')]).then(
        async ([msal, { MsalSession }]) => {
          const onEvent = (event: SessionEvent) => this.onSessionEvent(event);
          const session = this.config.msalInstance
            ? await MsalSession.adopt(msal, this.config, onEvent)
            : await MsalSession.open(msal, this.config, this.timings, onEvent);
          this.session = session;
          await this.arrive(session);
          return session;
        },
        (error: unknown) => {
          // The customer reads « Vérifiez votre accès à Internet »; the team needs the real
          // cause (a wrong import map, a file missing from the deployment): a file name, nothing personal.
          console.error('bt-* sign-in: MSAL could not be loaded.', error);
          throw new BtAuthError({ code: 'msal_load_failed' });
        },
      ),
      LOAD_TIMEOUT_MS,
    ).catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  /** The page's arrival: back from Microsoft, interrupted on the way, or a session kept in the cache. */
  private async arrive(session: MsalSession) {
    const { account, returned, departure, error } = await session.arrive();
    const initiator = departure?.initiator;
    if (returned && account) return this.signedIn(account, initiator, true);
    if (this.current) return; // a click while MSAL loaded: that interaction decides
    if (account) {
      this.renewWhileOpen();
      return this.store.settle({ status: 'signed-in', account });
    }
    this.store.settle({ status: 'signed-out' });
    if (error) this.store.fail(toAuthFailure(error), initiator);
    // This tab left for Microsoft's page and came back without an answer: reloaded while the
    // answer was being redeemed, or back from Microsoft's page with the Back button.
    else if (departure) this.store.fail({ code: 'interaction_interrupted' }, initiator);
    else session.forgetLeftovers();
  }

  /** Renews the session's tokens while the page is open; a host's own MSAL client renews its own. */
  private renewWhileOpen() {
    this.stopRenewal?.();
    if (this.session && !this.config.msalInstance) {
      this.stopRenewal = this.session.keepAlive((over) => void this.sessionEnded(toAuthFailure(over)));
    }
  }

  /**
   * The provider ended the session (its refresh token expired or was revoked): the customer is
   * told, and signs in again from the page they are on. Not a sign-out: no `signed-out` change,
   * and other tabs are not told (theirs ends by itself, or follows this tab's new sign-in).
   */
  private async sessionEnded(failure: AuthFailure) {
    const account = this.store.settledAccount;
    this.stopRenewal?.();
    // An interaction under way (a sign-out, another account) decides the state itself.
    if (!account || this.current || this.ended) return;
    this.ended = account;
    // First, so that MSAL's account change on the way is not read as a session that goes on.
    await this.session?.forgetEnded().catch(() => undefined);
    const now = this.store.settledAccount;
    if (this.current || (now && now.id !== account.id)) return;
    this.store.settle({ status: 'signed-out' });
    this.store.fail(failure);
  }

  private onSessionEvent(event: SessionEvent) {
    const interaction = this.current;
    switch (event.type) {
      case 'signed-out':
        // MSAL forgot this tab's tokens: other tabs hear of it now, before Microsoft's page.
        return this.signedOut(true);
      case 'leaving':
        if (!interaction) return;
        interaction.leaving = true;
        // Recorded as the page really leaves, so that the page that comes back knows who asked.
        if (interaction.kind === 'sign-in') this.session?.departing(interaction.initiator);
        return interaction.onLeaving?.();
      case 'popup-opened':
        if (!interaction) return;
        interaction.stopWatching?.();
        interaction.stopWatching = this.session?.watchPopup(event.popup, () => this.closedByCustomer(interaction));
        return;
      case 'account-changed':
        // Back from Microsoft's page through the back-forward cache: the redirect was abandoned.
        if (interaction?.leaving) this.closedByCustomer(interaction);
        else if (!interaction) this.syncFromCache();
    }
  }

  /** The customer closed the popup, or came back with Back: a cancelled sign-in; a sign-out just ends. */
  private closedByCustomer(interaction: Interaction) {
    const failure = interaction.kind === 'sign-in' ? { code: 'user_cancelled' } : undefined;
    this.end(interaction, failure);
    interaction.controller.abort(failure?.code ?? 'abandoned');
  }

  private syncFromCache() {
    const account = this.session?.currentAccount();
    const current = this.store.current;
    if (account?.id === current.account?.id && current.status !== 'initializing') return;
    this.store.settle(account ? { status: 'signed-in', account } : { status: 'signed-out' });
  }

  /** Sign-in and sign-out in another tab of this origin are reflected here. */
  private listenToOtherTabs() {
    if (typeof BroadcastChannel === 'undefined') return;
    this.tabs = new BroadcastChannel(TAB_CHANNEL);
    this.tabs.onmessage = (event: MessageEvent<TabMessage>) => {
      const { status } = this.store.current;
      const hasAccount = this.store.settledAccount !== undefined;
      if (event.data?.type === 'signed-out' && hasAccount && status !== 'interacting') {
        void this.load()
          .then((session) => session.forget())
          .then(() => this.signedOut(false))
          .catch(() => undefined);
      }
      if (event.data?.type === 'who-is-signed-in' && hasAccount) {
        this.tabs?.postMessage({ type: 'signed-in', hint: this.store.settledAccount?.username } satisfies TabMessage);
      }
      // Signed in elsewhere (just now, or before this tab opened): follow silently, with the
      // account's hint, through the provider's session. Tokens stay in each tab's own storage.
      if (event.data?.type === 'signed-in' && !hasAccount && status !== 'interacting' && !this.following) {
        this.following = this.load()
          .then((session) => session.follow(event.data.type === 'signed-in' ? event.data.hint : undefined))
          .then((account) => account && this.signedIn(account, undefined, false))
          .catch(() => undefined)
          .finally(() => (this.following = undefined));
      }
    };
  }
}

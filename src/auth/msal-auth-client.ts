import { toAuthFailure } from './auth-failure.js';
import { BtAuthError, withTimeout } from './bt-auth-error.js';
import { AuthStore } from './auth-store.js';
import { hasMsalTraces } from './browser-traces.js';
import type { AuthConfig } from './config.js';
import type { ClientLink, Interaction, MsalInteractions, TabMessage } from './msal-interactions.js';
import type { Msal, SessionTimings } from './msal-session.js';
import { sameOriginUrl } from './return-url.js';
import { getLocale } from '../localization.js';
import { whenTaskFree } from '../internal/turns.js';
import type { AuthClient, AuthFailure, AuthListener, AuthState, SignInOptions, SignInOutcome } from './types.js';

// Loading MSAL must not leave a button spinning for ever; each step after it has its own deadline.
const LOAD_TIMEOUT_MS = 30_000;
// Long enough to create an account and set up Authenticator; closing the popup is noticed at once.
const POPUP_TIMEOUT_MS = 15 * 60_000;
const TAB_CHANNEL = 'bt-espace-client-auth';

/**
 * The {@link AuthClient} over MSAL. What a page needs before anyone signs in is here: the state,
 * the interaction under way, the other tabs' channel, the loader. MSAL, its driver (`MsalSession`)
 * and the logic that decides every transition from their outcomes and events
 * ({@link MsalInteractions}) are loaded with a dynamic import when sign-in is first needed.
 */
export class MsalAuthClient implements AuthClient {
  private readonly store = new AuthStore();
  private started = false;
  private disposed = false;
  /** Following a sign-in of another tab: one at a time, however many tabs answer. */
  private following?: Promise<unknown>;
  private loading?: Promise<MsalInteractions>;
  /** Once MSAL is loaded: everything that happens with it. */
  private core?: MsalInteractions;
  private tabs?: BroadcastChannel;
  private current?: Interaction;
  /** The customer chose to start again: the next interaction takes over from the one given up. */
  private replaceNext = false;
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
    // Reading web storage during a page load waits for the browser: in a task of its own then.
    whenTaskFree(() => {
      if (this.disposed) return;
      this.listenToOtherTabs();
      // An interaction began meanwhile: MSAL is loading, and what it finds settles the state.
      if (this.loading) return;
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
    });
  }

  /** Nothing has used this client yet (no MSAL loaded, no interaction): another may take its place. */
  get replaceable(): boolean {
    return !this.loading && !this.core && !this.current;
  }

  /** Stops following other tabs and never loads MSAL: a client with the final configuration replaced it. */
  dispose(): void {
    this.disposed = true;
    this.core?.dispose();
    this.tabs?.close();
    this.tabs = undefined;
  }

  async signIn(options: SignInOptions = {}): Promise<SignInOutcome> {
    const { initiator } = options;
    if (this.store.current.status === 'interacting') return { kind: 'busy' };
    if (globalThis.navigator?.onLine === false) {
      const failure = { code: 'no_network_connectivity' };
      this.store.fail(failure, initiator);
      return { kind: 'failed', failure };
    }
    const interaction = this.begin('sign-in', initiator);
    const replacing = this.replaceNext;
    this.replaceNext = false;
    // As the customer asked: in the elements' language, from the page they were on.
    const start = { replacing, uiLocales: getLocale(), returnUrl: sameOriginUrl(options.returnUrl) ?? location.href };
    try {
      return await (await this.loadFor(interaction)).signIn(interaction, options, start);
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
      await (await this.loadFor(interaction)).signOut(interaction);
    } catch (error) {
      const failure = toAuthFailure(error);
      // The tokens were already forgotten (MSAL's sign-out event): a closed sign-out popup changes nothing.
      const over = this.store.current.status === 'signed-out' || failure.code === 'abandoned';
      this.end(interaction, over ? undefined : failure);
    }
  }

  async getAccessToken(scopes: readonly string[] = this.config.scopes): Promise<string> {
    try {
      return await (await this.load()).session.getAccessToken(scopes);
    } catch (error) {
      const failure = toAuthFailure(error);
      if (failure.code === 'session_ended') await this.core?.sessionEnded(failure);
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

  /** Ends `interaction` if it is still this tab's, with `failure` shown when given. */
  private end(interaction: Interaction, failure?: AuthFailure) {
    if (this.current !== interaction) return;
    this.current = undefined;
    this.core?.release(interaction);
    if (failure) this.store.fail(failure, interaction.initiator);
    else if (this.store.current.status === 'interacting') this.store.restore();
  }

  /** Loads MSAL for an interaction; giving the interaction up stops the wait. */
  private loadFor(interaction: Interaction): Promise<MsalInteractions> {
    const { signal } = interaction.controller;
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new BtAuthError({ code: String(signal.reason) })), { once: true });
      this.load().then(resolve, reject);
    });
  }

  /** Loads MSAL and the session once, then handles the page's arrival; a failure lets a later action try again. */
  private load(): Promise<MsalInteractions> {
    this.loading ??= withTimeout(
      Promise.all([this.importMsal(), import('./msal-session.js')]).then(
        async ([msal, { openInteractions }]) => {
          const link: ClientLink = {
            config: this.config,
            store: this.store,
            current: () => this.current,
            end: (interaction, failure) => this.end(interaction, failure),
            tell: (message) => this.tabs?.postMessage(message),
            toFailure: toAuthFailure,
          };
          const core = (this.core = await openInteractions(msal, this.timings, link));
          await core.arrive();
          return core;
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

  /** Sign-in and sign-out in another tab of this origin are reflected here. */
  private listenToOtherTabs() {
    if (typeof BroadcastChannel === 'undefined') return;
    this.tabs = new BroadcastChannel(TAB_CHANNEL);
    this.tabs.onmessage = ({ data }: MessageEvent<TabMessage | undefined>) => {
      const { status } = this.store.current;
      // An account is only ever settled once MSAL is loaded: the loaded part answers.
      if (this.store.settledAccount) return this.core?.heard(data, status);
      // Signed in elsewhere (just now, or before this tab opened): follow silently, with the
      // account's hint, through the provider's session. Tokens stay in each tab's own storage.
      if (data?.type === 'signed-in' && status !== 'interacting' && !this.following) {
        this.following = this.load()
          .then((core) => core.follow(data.hint))
          .catch(() => undefined)
          .finally(() => (this.following = undefined));
      }
    };
  }
}

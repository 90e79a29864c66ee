import { BtAuthError, withTimeout } from './auth-error.js';
import { hasMsalTraces } from './browser-traces.js';
import type { AuthConfig } from './config.js';
import { toAuthFailure } from './describe-problem.js';
import type { Msal, MsalSession, SessionHost } from './msal-session.js';
import type { AuthChange, AuthClient, AuthFailure, AuthListener, AuthState, SignInOptions } from './types.js';
import { sameOriginUrl } from './return-url.js';

// Loading MSAL and reading the provider's metadata must not leave a button spinning for ever.
const LOAD_TIMEOUT_MS = 30_000;
const TAB_CHANNEL = 'bt-espace-client-auth';

type TabMessage = { type: 'signed-in' } | { type: 'signed-out' };

/**
 * The {@link AuthClient} over MSAL. This part holds the state every element shares and costs a
 * page almost nothing; MSAL and the code that drives it ({@link MsalSession}) are loaded with a
 * dynamic import when sign-in is first needed, so pages where nobody signs in never download them.
 */
export class MsalAuthClient implements AuthClient, SessionHost {
  private state: AuthState = { status: 'initializing' };
  /** The last state that was neither an error nor an interaction, restored by `dismissFailure`. */
  private settled: AuthState = { status: 'signed-out' };
  private readonly listeners = new Set<AuthListener>();
  private started = false;
  private loading?: Promise<MsalSession>;
  private tabs?: BroadcastChannel;
  /** Numbers sign-in attempts, so that the outcome of an abandoned one (popup closed) is ignored. */
  attempt = 0;

  constructor(
    readonly config: AuthConfig,
    private readonly importMsal: () => Promise<Msal> = () => import('./msal-module.js'),
  ) {}

  getState(): AuthState {
    return this.state;
  }

  subscribe(listener: AuthListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.listenToOtherTabs();
    if (hasMsalTraces()) this.load().catch((error: unknown) => this.fail(toAuthFailure(error)));
    else this.settle({ status: 'signed-out' });
  }

  async signIn(options: SignInOptions = {}): Promise<void> {
    // A second click while signing in changes nothing; the elements say why.
    if (this.state.status === 'interacting') return;
    if (globalThis.navigator?.onLine === false) return this.fail({ code: 'no_network_connectivity' });
    const attempt = ++this.attempt;
    this.set({ status: 'interacting', account: this.state.account });
    try {
      // Checked here, on the side loaded with the page, which the elements share; the session
      // (loaded on demand) takes it as it comes.
      const returnUrl = sameOriginUrl(options.returnUrl);
      await (await this.load()).signIn({ ...options, returnUrl }, attempt);
    } catch (error) {
      if (attempt === this.attempt) this.fail(toAuthFailure(error));
    }
  }

  async signOut(): Promise<void> {
    if (this.state.status === 'interacting') return;
    try {
      await (await this.load()).signOut();
    } catch (error) {
      this.fail(toAuthFailure(error));
    }
  }

  async getAccessToken(scopes: readonly string[] = this.config.scopes): Promise<string> {
    try {
      return await (await this.load()).getAccessToken(scopes);
    } catch (error) {
      throw error instanceof BtAuthError ? error : new BtAuthError(toAuthFailure(error));
    }
  }

  dismissFailure(): void {
    if (this.state.status === 'error') this.set(this.settled);
  }

  abandonAttempt(): void {
    this.attempt++;
  }

  fail(failure: AuthFailure): void {
    this.set({ status: 'error', failure, account: this.settled.account }, { kind: 'failed', failure });
  }

  signedOut(): void {
    if (this.state.status === 'signed-out') return;
    this.settle({ status: 'signed-out' }, { kind: 'signed-out' });
  }

  settle(state: AuthState, change?: AuthChange): void {
    this.settled = state;
    this.set(state, change);
  }

  set(state: AuthState, change?: AuthChange): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state, change);
  }

  announceToOtherTabs(type: TabMessage['type']): void {
    this.tabs?.postMessage({ type });
  }

  /** Loads MSAL and the session once; a failure lets a later action try again (network back, say). */
  private load(): Promise<MsalSession> {
    this.loading ??= withTimeout(
      Promise.all([this.importMsal(), import('./msal-session.js')]).then(
        ([msal, { MsalSession }]) => MsalSession.open(msal, this),
        () => {
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
    this.tabs.onmessage = (event: MessageEvent<TabMessage>) => {
      if (event.data?.type === 'signed-out' && this.state.status === 'signed-in') {
        void this.load()
          .then((session) => session.forget())
          .catch(() => undefined);
      }
      if (event.data?.type === 'signed-in' && this.state.status === 'signed-out') {
        void this.load()
          .then((session) => session.follow())
          .catch(() => undefined);
      }
    };
  }
}

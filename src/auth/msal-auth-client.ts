import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  EventMessage,
  IPublicClientApplication,
  PopupRequest,
} from '@azure/msal-browser';
import { BtAuthError, withTimeout } from './auth-error.js';
import { hasMsalTraces } from './browser-traces.js';
import type { AuthConfig } from './config.js';
import { toAuthFailure } from './describe-problem.js';
import { assertNoInteractionElsewhere, withInteractionLock } from './interaction-lock.js';
import { watchPopupClosed } from './popup-watch.js';
import { sameOriginUrl } from './return-url.js';
import type {
  AuthAccount,
  AuthChange,
  AuthClient,
  AuthFailure,
  AuthListener,
  AuthState,
  SignInOptions,
} from './types.js';

type Msal = typeof import('@azure/msal-browser');

// Loading MSAL and reading the provider's metadata must not leave a button spinning for ever.
const LOAD_TIMEOUT_MS = 30_000;
const TAB_CHANNEL = 'bt-espace-client-auth';
const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

type TabMessage = { type: 'signed-in' } | { type: 'signed-out' };

function toAccount(account: AccountInfo): AuthAccount {
  return { id: account.homeAccountId, name: account.name ?? '', username: account.username };
}

function toMsalConfiguration(config: AuthConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: [...config.knownAuthorities],
      redirectUri: config.redirectUri,
      // By default sign-out also comes back through the bridge, which returns to the page that
      // signed out and leaves no response parameter in its address.
      postLogoutRedirectUri: config.postLogoutRedirectUri ?? config.redirectUri,
    },
    cache: { cacheLocation: config.cacheLocation },
    system: {
      protocolMode: config.protocolMode,
      // MSAL's log lines can carry personal data: the library logs nothing.
      loggerOptions: { piiLoggingEnabled: false, loggerCallback: () => undefined },
    },
  };
}

/**
 * The {@link AuthClient} over MSAL: one `PublicClientApplication`, created on first need from a
 * dynamic import, so that pages where nobody signs in never download MSAL.
 */
export class MsalAuthClient implements AuthClient {
  private state: AuthState = { status: 'initializing' };
  /** The last state that was neither an error nor an interaction, restored by `dismissFailure`. */
  private settled: AuthState = { status: 'signed-out' };
  private readonly listeners = new Set<AuthListener>();
  private started = false;
  private loading?: Promise<{ msal: Msal; pca: IPublicClientApplication }>;
  private tabs?: BroadcastChannel;
  /** Numbers sign-in attempts, so that the outcome of an abandoned one (popup closed) is ignored. */
  private attempt = 0;
  /** Popups MSAL still waits on: a new one must then override MSAL's interaction flag. */
  private pendingPopups = 0;
  private stopWatchingPopup?: () => void;

  constructor(
    readonly config: AuthConfig,
    private readonly importMsal: () => Promise<Msal> = () => import('@azure/msal-browser'),
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
    const interaction = options.interaction ?? this.config.interaction;
    const attempt = ++this.attempt;
    this.set({ status: 'interacting', account: this.state.account });
    try {
      const { pca } = await this.load();
      const request: PopupRequest = {
        scopes: [...this.config.scopes],
        ...(options.loginHint && { loginHint: options.loginHint }),
        ...(options.prompt && { prompt: options.prompt }),
      };
      const returnUrl = sameOriginUrl(options.returnUrl);
      if (interaction === 'popup') {
        const result = await this.popupOrFallback(pca, request, returnUrl);
        if (attempt !== this.attempt) return;
        if (result) this.signedIn(pca, result);
        if (result && returnUrl && returnUrl !== location.href) location.assign(returnUrl);
      } else {
        await assertNoInteractionElsewhere();
        await pca.loginRedirect({ ...request, redirectStartPage: returnUrl ?? location.href });
      }
    } catch (error) {
      if (attempt === this.attempt) this.fail(toAuthFailure(error));
    }
  }

  async signOut(): Promise<void> {
    if (this.state.status === 'interacting') return;
    try {
      const { pca } = await this.load();
      const account = pca.getActiveAccount() ?? undefined;
      // The id token tells a standard OpenID provider which client to return to after sign-out.
      const request = { account, ...(account?.idToken && { idTokenHint: account.idToken }) };
      this.postToOtherTabs({ type: 'signed-out' });
      if (globalThis.navigator?.onLine === false) {
        // Offline, Microsoft's session cannot be ended, but this browser forgets the tokens.
        await pca.clearCache({ account });
        return this.signedOut();
      }
      this.set({ status: 'interacting', account: this.state.account });
      if (this.config.interaction === 'popup') {
        await withInteractionLock(() => pca.logoutPopup(request));
        this.signedOut();
      } else {
        await assertNoInteractionElsewhere();
        await pca.logoutRedirect(request);
      }
    } catch (error) {
      this.fail(toAuthFailure(error));
    }
  }

  async getAccessToken(scopes: readonly string[] = this.config.scopes): Promise<string> {
    const { msal, pca } = await this.load();
    const account = pca.getActiveAccount();
    if (!account) throw new BtAuthError({ code: 'no_account_error' });
    const request = { scopes: [...scopes], account };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw new BtAuthError(toAuthFailure(error));
    }
    if (this.config.interaction === 'popup') {
      try {
        return (await withInteractionLock(() => pca.acquireTokenPopup(request))).accessToken;
      } catch (error) {
        throw new BtAuthError(toAuthFailure(error));
      }
    }
    await assertNoInteractionElsewhere();
    await pca.acquireTokenRedirect(request);
    // The page is leaving for Microsoft's; the token arrives after the redirect.
    throw new BtAuthError({ code: 'interaction_required' });
  }

  dismissFailure(): void {
    if (this.state.status === 'error') this.set(this.settled);
  }

  /** Loads MSAL once, initializes it and completes any redirect response before anything else. */
  private load(): Promise<{ msal: Msal; pca: IPublicClientApplication }> {
    this.loading ??= withTimeout(this.initialize(), LOAD_TIMEOUT_MS).catch((error: unknown) => {
      // A later action may try again (after the network comes back, say).
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  private async initialize(): Promise<{ msal: Msal; pca: IPublicClientApplication }> {
    const msal = await this.importMsal().catch(() => {
      throw new BtAuthError({ code: 'msal_load_failed' });
    });
    const pca = new msal.PublicClientApplication(toMsalConfiguration(this.config));
    await pca.initialize();
    pca.addEventCallback((event: EventMessage) => this.onMsalEvent(pca, msal, event));
    const result = await pca.handleRedirectPromise();
    if (result?.account) this.signedIn(pca, result);
    else if (this.state.status !== 'interacting') this.syncFromCache(pca);
    return { msal, pca };
  }

  private async popupOrFallback(
    pca: IPublicClientApplication,
    request: PopupRequest,
    returnUrl: string | undefined,
  ): Promise<AuthenticationResult | undefined> {
    // This tab already holds the lock for a popup the customer closed: replace that one.
    const replacing = this.pendingPopups > 0;
    const open = () => pca.loginPopup({ ...request, ...(replacing && { overrideInteractionInProgress: true }) });
    this.pendingPopups++;
    try {
      return await (replacing ? open() : withInteractionLock(open));
    } catch (error) {
      const failure = toAuthFailure(error);
      if (!POPUP_BLOCKED.has(failure.code) || this.config.popupFallback !== 'redirect') throw error;
      // The browser blocked the popup: continue in this window; the page comes back to returnUrl.
      await assertNoInteractionElsewhere();
      await pca.loginRedirect({ ...request, redirectStartPage: returnUrl ?? location.href });
      return undefined;
    } finally {
      this.pendingPopups--;
      this.stopWatchingPopup?.();
    }
  }

  private onMsalEvent(pca: IPublicClientApplication, msal: Msal, event: EventMessage) {
    const { EventType } = msal;
    if (event.eventType === EventType.LOGOUT_SUCCESS) this.signedOut();
    if (event.eventType === EventType.POPUP_OPENED) this.watchPopup(event.payload);
    const accountMayHaveChanged: string[] = [EventType.ACTIVE_ACCOUNT_CHANGED, EventType.RESTORE_FROM_BFCACHE];
    if (accountMayHaveChanged.includes(event.eventType) && this.state.status !== 'interacting') this.syncFromCache(pca);
  }

  private watchPopup(payload: EventMessage['payload']) {
    const popup = (payload as { popupWindow?: Window } | null)?.popupWindow;
    if (!popup || this.state.status !== 'interacting') return;
    const attempt = this.attempt;
    this.stopWatchingPopup?.();
    this.stopWatchingPopup = watchPopupClosed(popup, () => {
      if (attempt !== this.attempt || this.state.status !== 'interacting') return;
      this.attempt++;
      this.fail({ code: 'user_cancelled' });
    });
  }

  private syncFromCache(pca: IPublicClientApplication) {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account && !pca.getActiveAccount()) pca.setActiveAccount(account);
    const next: AuthState = account ? { status: 'signed-in', account: toAccount(account) } : { status: 'signed-out' };
    if (next.status !== this.state.status || next.account?.id !== this.state.account?.id) this.settle(next);
  }

  private signedIn(pca: IPublicClientApplication, result: AuthenticationResult) {
    if (!result.account) return;
    pca.setActiveAccount(result.account);
    const account = toAccount(result.account);
    this.settle({ status: 'signed-in', account }, { kind: 'signed-in', account });
    this.postToOtherTabs({ type: 'signed-in' });
  }

  private signedOut() {
    if (this.state.status === 'signed-out') return;
    this.settle({ status: 'signed-out' }, { kind: 'signed-out' });
  }

  private fail(failure: AuthFailure) {
    this.set({ status: 'error', failure, account: this.settled.account }, { kind: 'failed', failure });
  }

  private settle(state: AuthState, change?: AuthChange) {
    this.settled = state;
    this.set(state, change);
  }

  private set(state: AuthState, change?: AuthChange) {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state, change);
  }

  /** Sign-in and sign-out in another tab of this origin are reflected here. */
  private listenToOtherTabs() {
    if (typeof BroadcastChannel === 'undefined') return;
    this.tabs = new BroadcastChannel(TAB_CHANNEL);
    this.tabs.onmessage = (event: MessageEvent<TabMessage>) => {
      if (event.data?.type === 'signed-out' && this.state.status === 'signed-in') {
        void this.load()
          .then(({ pca }) => pca.clearCache())
          .then(() => this.signedOut());
      }
      if (event.data?.type === 'signed-in' && this.state.status === 'signed-out') {
        // The session cookie at the provider lets this tab sign in silently; if not, it stays signed out.
        void this.load()
          .then(({ pca }) =>
            pca.ssoSilent({ scopes: [...this.config.scopes] }).then((result) => this.signedIn(pca, result)),
          )
          .catch(() => undefined);
      }
    };
  }

  private postToOtherTabs(message: TabMessage) {
    this.tabs?.postMessage(message);
  }
}

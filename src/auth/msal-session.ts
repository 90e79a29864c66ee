import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  EventMessage,
  IPublicClientApplication,
  PopupRequest,
} from '@azure/msal-browser';
import type { AuthConfig } from './config.js';
import { assertNoInteractionElsewhere, withInteractionLock } from './interaction-lock.js';
import { watchPopupClosed } from './popup-watch.js';
import { SessionFailure } from './session-failure.js';
import type { AuthAccount, AuthChange, AuthFailure, AuthState, SignInOptions } from './types.js';

export type Msal = typeof import('./msal-module.js');

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

/** What the session needs of the client that owns the state (see MsalAuthClient). */
export interface SessionHost {
  readonly config: AuthConfig;
  getState(): AuthState;
  /** The current sign-in attempt; outcomes of older ones are ignored. */
  readonly attempt: number;
  abandonAttempt(): void;
  set(state: AuthState, change?: AuthChange): void;
  settle(state: AuthState, change?: AuthChange): void;
  fail(failure: AuthFailure): void;
  signedOut(): void;
  announceToOtherTabs(type: 'signed-in' | 'signed-out'): void;
}

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
 * Everything that talks to MSAL, loaded together with MSAL when sign-in is first needed: the
 * `PublicClientApplication`, its events, and the sign-in, sign-out and token flows.
 */
export class MsalSession {
  /** Popups MSAL still waits on: a new one must then override MSAL's interaction flag. */
  private pendingPopups = 0;
  private stopWatchingPopup?: () => void;

  private constructor(
    private readonly msal: Msal,
    readonly pca: IPublicClientApplication,
    private readonly host: SessionHost,
  ) {}

  /** Creates and initializes MSAL, then completes any redirect response before anything else. */
  static async open(msal: Msal, host: SessionHost): Promise<MsalSession> {
    const pca = new msal.PublicClientApplication(toMsalConfiguration(host.config));
    await pca.initialize();
    const session = new MsalSession(msal, pca, host);
    pca.addEventCallback((event: EventMessage) => session.onMsalEvent(event));
    const result = await pca.handleRedirectPromise();
    if (result?.account) session.signedIn(result);
    else if (host.getState().status !== 'interacting') session.syncFromCache();
    return session;
  }

  async signIn(options: SignInOptions, attempt: number): Promise<void> {
    const { config } = this.host;
    const request: PopupRequest = {
      scopes: [...config.scopes],
      ...(options.loginHint && { loginHint: options.loginHint }),
      ...(options.prompt && { prompt: options.prompt }),
    };
    // Already on the page's origin: MsalAuthClient checks it before loading this module.
    const { returnUrl } = options;
    if ((options.interaction ?? config.interaction) === 'popup') {
      const result = await this.popupOrFallback(request, returnUrl);
      if (attempt !== this.host.attempt) return;
      if (result) this.signedIn(result);
      if (result && returnUrl && returnUrl !== location.href) location.assign(returnUrl);
    } else {
      await assertNoInteractionElsewhere();
      await this.pca.loginRedirect({ ...request, redirectStartPage: returnUrl ?? location.href });
    }
  }

  async signOut(): Promise<void> {
    const { pca, host } = this;
    const account = pca.getActiveAccount() ?? undefined;
    // The id token tells a standard OpenID provider which client to return to after sign-out.
    const request = { account, ...(account?.idToken && { idTokenHint: account.idToken }) };
    // Other tabs hear of the sign-out once this tab's tokens are gone (MSAL's LOGOUT_SUCCESS,
    // see onMsalEvent), not before: another tab holding the interaction stops it first.
    if (globalThis.navigator?.onLine === false) {
      // Offline, Microsoft's session cannot be ended, but this browser forgets the tokens.
      await pca.clearCache({ account });
      host.announceToOtherTabs('signed-out');
      return host.signedOut();
    }
    host.set({ status: 'interacting', account: host.getState().account });
    if (host.config.interaction === 'popup') {
      await withInteractionLock(() => pca.logoutPopup(request));
      host.signedOut();
    } else {
      await assertNoInteractionElsewhere();
      await pca.logoutRedirect(request);
    }
  }

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    const { pca } = this;
    const account = pca.getActiveAccount();
    if (!account) throw new SessionFailure('no_account_error');
    const request = { scopes: [...scopes], account };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!(error instanceof this.msal.InteractionRequiredAuthError)) throw error;
    }
    if (this.host.config.interaction === 'popup') {
      return (await withInteractionLock(() => pca.acquireTokenPopup(request))).accessToken;
    }
    await assertNoInteractionElsewhere();
    await pca.acquireTokenRedirect(request);
    // The page is leaving for Microsoft's; the token arrives after the redirect.
    throw new SessionFailure('interaction_required');
  }

  /** Another tab signed out: forget this tab's tokens too. */
  async forget(): Promise<void> {
    await this.pca.clearCache();
    this.host.signedOut();
  }

  /** Another tab signed in: the provider's session cookie lets this tab follow silently, or not at all. */
  async follow(): Promise<void> {
    this.signedIn(await this.pca.ssoSilent({ scopes: [...this.host.config.scopes] }), false);
  }

  private async popupOrFallback(
    request: PopupRequest,
    returnUrl: string | undefined,
  ): Promise<AuthenticationResult | undefined> {
    // This tab already holds the lock for a popup the customer closed: replace that one.
    const replacing = this.pendingPopups > 0;
    const open = () => this.pca.loginPopup({ ...request, ...(replacing && { overrideInteractionInProgress: true }) });
    this.pendingPopups++;
    try {
      return await (replacing ? open() : withInteractionLock(open));
    } catch (error) {
      const blocked = POPUP_BLOCKED.has((error as { errorCode?: unknown } | null)?.errorCode as string);
      if (!blocked || this.host.config.popupFallback !== 'redirect') throw error;
      // The browser blocked the popup: continue in this window; the page comes back to returnUrl.
      await assertNoInteractionElsewhere();
      await this.pca.loginRedirect({ ...request, redirectStartPage: returnUrl ?? location.href });
      return undefined;
    } finally {
      this.pendingPopups--;
      this.stopWatchingPopup?.();
    }
  }

  private onMsalEvent(event: EventMessage) {
    const { EventType } = this.msal;
    if (event.eventType === EventType.LOGOUT_SUCCESS) {
      // MSAL cleared this tab's tokens (before opening Microsoft's page: ending the provider's
      // session is best effort, a closed logout popup included).
      this.host.announceToOtherTabs('signed-out');
      this.host.signedOut();
    }
    if (event.eventType === EventType.POPUP_OPENED) this.watchPopup(event.payload);
    const accountMayHaveChanged: string[] = [EventType.ACTIVE_ACCOUNT_CHANGED, EventType.RESTORE_FROM_BFCACHE];
    if (accountMayHaveChanged.includes(event.eventType) && this.host.getState().status !== 'interacting') {
      this.syncFromCache();
    }
  }

  private watchPopup(payload: EventMessage['payload']) {
    const popup = (payload as { popupWindow?: Window } | null)?.popupWindow;
    if (!popup || this.host.getState().status !== 'interacting') return;
    const attempt = this.host.attempt;
    this.stopWatchingPopup?.();
    this.stopWatchingPopup = watchPopupClosed(popup, () => {
      if (attempt !== this.host.attempt || this.host.getState().status !== 'interacting') return;
      this.host.abandonAttempt();
      this.host.fail({ code: 'user_cancelled' });
    });
  }

  private syncFromCache() {
    const { pca, host } = this;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account && !pca.getActiveAccount()) pca.setActiveAccount(account);
    const next: AuthState = account ? { status: 'signed-in', account: toAccount(account) } : { status: 'signed-out' };
    const current = host.getState();
    if (next.status !== current.status || next.account?.id !== current.account?.id) host.settle(next);
  }

  private signedIn(result: AuthenticationResult, announce = true) {
    if (!result.account) return;
    this.pca.setActiveAccount(result.account);
    const account = toAccount(result.account);
    this.host.settle({ status: 'signed-in', account }, { kind: 'signed-in', account });
    if (announce) this.host.announceToOtherTabs('signed-in');
  }
}

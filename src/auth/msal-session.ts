import type {
  AccountInfo,
  Configuration,
  EventMessage,
  IPublicClientApplication,
  NavigationOptions,
  PopupRequest,
} from '@azure/msal-browser';
import type { AuthConfig } from './config.js';
import { DeadlineNetwork } from './deadline-network.js';
import { claimForRedirect, clearRedirectMark, withInteractionLock } from './interaction-lock.js';
import { openerPolicySeversPopups } from './opener-policy.js';
import {
  forgetDeparture,
  forgetSessionLeftovers,
  readDeparture,
  recordDeparture,
  rememberSignOutPage,
  type Departure,
} from './round-trip.js';
import { watchPopupClosed } from './popup-watch.js';
import { MsalInteractions, type ClientLink } from './msal-interactions.js';
import { SessionFailure } from './session-failure.js';
import { SessionOver, SessionRenewal } from './session-renewal.js';
import type { AuthAccount, SignInOptions } from './types.js';

export type Msal = typeof import('./msal-module.js');

/** What MSAL tells the client, which alone decides what the state becomes. */
export type SessionEvent =
  /** MSAL cleared this tab's tokens (before Microsoft's sign-out page opens). */
  | { readonly type: 'signed-out' }
  | { readonly type: 'popup-opened'; readonly popup: Window }
  /** The page is navigating to Microsoft's: a redirect has really started. */
  | { readonly type: 'leaving' }
  /** The active account may have changed (another part of the app, a page restored from the back-forward cache). */
  | { readonly type: 'account-changed' };

export interface SessionTimings {
  /** Each request to the provider, and the wait for a redirect to leave the page. */
  readonly networkMs: number;
  /** The wait for a popup's answer; closing the popup is noticed much sooner (see popup-watch). */
  readonly popupMs: number;
}

/** How a sign-in interaction goes: the request, and whether it replaces one given up. */
export interface InteractionRequest extends Pick<SignInOptions, 'loginHint' | 'prompt'> {
  /** Takes over the interaction lock and MSAL's interaction flag (the customer chose to start again). */
  readonly replacing: boolean;
  /** Aborted when the customer closed the popup or gave the attempt up: the lock is released at once. */
  readonly signal: AbortSignal;
  /** The language of the elements, for Microsoft's pages (`ui_locales`). */
  readonly uiLocales?: string;
}

/** What handling the page's arrival found; the client decides what it means for the customer. */
export interface Arrival {
  readonly account?: AuthAccount;
  /** Microsoft's answer was in the page (or cached by the bridge) and has been redeemed. */
  readonly returned: boolean;
  /** This tab had left for Microsoft's page (and who asked). */
  readonly departure?: Departure;
  /** Microsoft's answer could not be redeemed. */
  readonly error?: unknown;
}

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);
/** MSAL's own key for "an interaction is under way in this tab" (the `msal.` prefix is stable). */
const MSAL_INTERACTION_KEY = 'msal.interaction.status';

function toAccount(account: AccountInfo): AuthAccount {
  return { id: account.homeAccountId, name: account.name ?? '', username: account.username };
}

function errorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' ? code : '';
}

/** Rejects with the signal's reason as soon as it aborts; the work itself is left to end on its own. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new SessionFailure(String(signal.reason)));
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new SessionFailure(String(signal.reason)));
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Everything that talks to MSAL, loaded together with MSAL when sign-in is first needed. It runs
 * MSAL's flows and returns their results, and reports MSAL's events; it never decides what the
 * customer sees (see MsalInteractions).
 */
export class MsalSession {
  /** Popups MSAL still waits on: a new one must then override MSAL's interaction flag. */
  private pendingPopups = 0;

  private constructor(
    private readonly msal: Msal,
    private readonly pca: IPublicClientApplication,
    private readonly config: AuthConfig,
    /** Ours, with deadlines; a host's client keeps its own network client. */
    private readonly network: DeadlineNetwork | undefined,
    onEvent: (event: SessionEvent) => void,
  ) {
    pca.addEventCallback((event: EventMessage) => this.onMsalEvent(event, onEvent));
  }

  /** A host's own MSAL client: the host owns it (its configuration, its redirect handling, its storage). */
  private get adopted(): boolean {
    return this.config.msalInstance !== undefined;
  }

  /**
   * Uses the host's MSAL client (see `msalInstance`) rather than creating a second one on the same
   * cache. Its navigation client is wrapped, not replaced, to know when the page leaves.
   */
  static async adopt(msal: Msal, config: AuthConfig, onEvent: (event: SessionEvent) => void): Promise<MsalSession> {
    const pca = config.msalInstance!;
    // Returns at once when the host has initialized it, as it should before rendering.
    await pca.initialize();
    const hosts = pca.getConfiguration().system.navigationClient;
    pca.setNavigationClient({
      navigateInternal: (url, options) => hosts.navigateInternal(url, options),
      navigateExternal: (url, options) => {
        onEvent({ type: 'leaving' });
        return hosts.navigateExternal(url, options);
      },
    });
    return new MsalSession(msal, pca, config, undefined, onEvent);
  }

  /** Creates and initializes MSAL; call `arrive()` next, before anything else. */
  static async open(
    msal: Msal,
    config: AuthConfig,
    timings: SessionTimings,
    onEvent: (event: SessionEvent) => void,
  ): Promise<MsalSession> {
    const network = new DeadlineNetwork(timings.networkMs);
    class Navigation extends msal.NavigationClient {
      override navigateExternal(url: string, options: NavigationOptions): Promise<boolean> {
        onEvent({ type: 'leaving' });
        return super.navigateExternal(url, options);
      }
    }
    const configuration: Configuration = {
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
        networkClient: network,
        navigationClient: new Navigation(),
        redirectNavigationTimeout: timings.networkMs,
        popupBridgeTimeout: timings.popupMs,
        // MSAL's log lines can carry personal data: the library logs nothing.
        loggerOptions: { piiLoggingEnabled: false, loggerCallback: () => undefined },
      },
    };
    const pca = new msal.PublicClientApplication(configuration);
    await pca.initialize();
    return new MsalSession(msal, pca, config, network, onEvent);
  }

  /** Completes a response from Microsoft if the page carries one. Never rejects. */
  async arrive(): Promise<Arrival> {
    const departure = readDeparture();
    try {
      const result = await this.pca.handleRedirectPromise();
      if (result?.account) {
        this.pca.setActiveAccount(result.account);
        return { account: toAccount(result.account), returned: true, departure };
      }
      // Left for Microsoft's page and came back without an answer (reloaded while it was being
      // redeemed): that interaction is over, and must not block the next one.
      if (departure) sessionStorage.removeItem(MSAL_INTERACTION_KEY);
      return { account: this.currentAccount(), returned: false, departure };
    } catch (error) {
      return { returned: false, departure, error: this.named(error) };
    } finally {
      // Read until the arrival is over: a reload while the answer is redeemed still knows the
      // tab was on its way. This tab held the other tabs' redirect mark.
      forgetDeparture();
      if (departure) clearRedirectMark();
    }
  }

  /** The page is leaving for Microsoft's to sign in, for `initiator`. */
  departing(initiator: string | undefined): void {
    recordDeparture(initiator);
  }

  /** A departure that did not happen after all (the navigation was held, or abandoned). */
  stayed(): void {
    forgetDeparture();
  }

  /** Nobody is signed in and nothing is under way: what MSAL left in the tab can go (never a host's). */
  forgetLeftovers(): void {
    if (!this.adopted) forgetSessionLeftovers();
  }

  /** The account MSAL holds for this tab, made the active one. */
  currentAccount(): AuthAccount | undefined {
    const { pca } = this;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account && !pca.getActiveAccount()) pca.setActiveAccount(account);
    return account ? toAccount(account) : undefined;
  }

  /** Signs in in a popup; resolves with the account, or `undefined` when it fell back to a redirect. */
  async signInPopup(request: InteractionRequest, returnUrl: string): Promise<AuthAccount | undefined> {
    const replacing = request.replacing || this.pendingPopups > 0;
    const open = () =>
      this.pca.loginPopup({ ...this.request(request), ...(replacing && { overrideInteractionInProgress: true }) });
    const attempt = () => {
      this.pendingPopups++;
      return untilAborted(
        open().finally(() => this.pendingPopups--),
        request.signal,
      );
    };
    try {
      const result = await withInteractionLock(attempt, request.replacing);
      if (!result.account) throw new SessionFailure('no_account_error');
      this.pca.setActiveAccount(result.account);
      return toAccount(result.account);
    } catch (error) {
      const blocked = POPUP_BLOCKED.has(errorCode(error));
      if (!blocked || this.config.popupFallback !== 'redirect') throw this.named(error);
      // The browser blocked the popup: continue in this window; the page comes back to returnUrl.
      await this.signInRedirect({ ...request, replacing: true }, returnUrl);
      return undefined;
    }
  }

  /** Leaves for Microsoft's page; rejects if the page could not leave within the deadline. */
  async signInRedirect(request: InteractionRequest, returnUrl: string): Promise<void> {
    await claimForRedirect(request.replacing);
    if (request.replacing) sessionStorage.removeItem(MSAL_INTERACTION_KEY);
    try {
      await untilAborted(
        this.pca.loginRedirect({ ...this.request(request), redirectStartPage: returnUrl }),
        request.signal,
      );
    } catch (error) {
      clearRedirectMark();
      throw this.named(error);
    }
  }

  /** Ends the session: tokens are forgotten at once (MSAL's `signed-out` event), then Microsoft's page. */
  async signOut(signal: AbortSignal): Promise<void> {
    const { pca } = this;
    const account = pca.getActiveAccount() ?? undefined;
    // The id token tells a standard OpenID provider which client to return to after sign-out.
    const request = { account, ...(account?.idToken && { idTokenHint: account.idToken }) };
    if (globalThis.navigator?.onLine === false) {
      // Offline, Microsoft's session cannot be ended, but this browser forgets the tokens.
      await pca.clearCache({ account });
      return;
    }
    try {
      if (this.config.interaction === 'popup') {
        await withInteractionLock(() => untilAborted(pca.logoutPopup(request), signal));
      } else {
        await claimForRedirect();
        // The redirect bridge brings the customer back to this page (see redirect-bridge).
        rememberSignOutPage(location.href);
        await untilAborted(pca.logoutRedirect(request), signal);
      }
    } catch (error) {
      clearRedirectMark();
      rememberSignOutPage(undefined);
      throw this.named(error);
    }
  }

  /**
   * An access token from the cache or renewed silently. Never opens Microsoft's page: a session
   * that needs the customer again rejects with `SessionOver` (see `keepAlive`).
   */
  async getAccessToken(scopes: readonly string[]): Promise<string> {
    return (await this.silentToken(scopes, false)).accessToken;
  }

  /**
   * Keeps the signed-in session's tokens fresh while the page is open (see SessionRenewal);
   * `onOver` is called once if the provider ended the session. Returns a function that stops.
   */
  keepAlive(onOver: (over: SessionOver) => void): () => void {
    const renewal = new SessionRenewal(async (force) => {
      // The account is gone from the cache (cleared by another part of the app): nothing to renew.
      if (!this.pca.getActiveAccount()) throw new SessionOver();
      return (await this.silentToken(this.config.scopes, force)).expiresOn;
    }, onOver);
    return () => renewal.stop();
  }

  /** Forgets the tokens of a session that has ended, so that a reload starts signed out. */
  async forgetEnded(): Promise<void> {
    const account = this.pca.getActiveAccount() ?? undefined;
    if (account) await this.pca.clearCache({ account });
  }

  private async silentToken(scopes: readonly string[], forceRefresh: boolean) {
    const account = this.pca.getActiveAccount();
    if (!account) throw new SessionFailure('no_account_error');
    try {
      const result = await this.pca.acquireTokenSilent({ scopes: [...scopes], account, forceRefresh });
      // MSAL always sets it for a token it returns; an hour is Microsoft's default lifetime.
      return { accessToken: result.accessToken, expiresOn: result.expiresOn ?? new Date(Date.now() + 3_600_000) };
    } catch (error) {
      const over = error instanceof this.msal.InteractionRequiredAuthError || errorCode(error) === 'invalid_grant';
      throw over ? new SessionOver(error as object) : this.named(error);
    }
  }

  /**
   * Calls `onClosed` when the customer closes `popup` before Microsoft answered (see popup-watch).
   * Here, with MSAL, so that pages where nobody signs in never load it. Returns a function that stops watching.
   */
  watchPopup(popup: Window, onClosed: () => void): () => void {
    const { network } = this;
    const postsBefore = network?.posts ?? 0;
    return watchPopupClosed(popup, {
      bridgeUrl: this.config.redirectUri,
      // A host's network client is not ours to count: the bridge alone says Microsoft answered.
      answered: () => (network?.posts ?? 0) > postsBefore,
      severed: openerPolicySeversPopups,
      onClosed,
    });
  }

  /** Another tab signed out: forget this tab's tokens too. */
  async forget(): Promise<void> {
    await this.pca.clearCache();
  }

  /** Another tab signed in: the provider's session cookie lets this tab follow silently, or not at all. */
  async follow(loginHint?: string): Promise<AuthAccount | undefined> {
    const result = await this.pca.ssoSilent({ scopes: [...this.config.scopes], ...(loginHint && { loginHint }) });
    if (!result.account) return undefined;
    this.pca.setActiveAccount(result.account);
    return toAccount(result.account);
  }

  private request(options: Pick<InteractionRequest, 'loginHint' | 'prompt' | 'uiLocales'>): PopupRequest {
    return {
      scopes: [...this.config.scopes],
      ...(options.loginHint && { loginHint: options.loginHint }),
      ...(options.prompt && { prompt: options.prompt }),
      // Microsoft's pages speak the customer's language, the one the elements speak.
      ...(options.uiLocales && { extraQueryParameters: { ui_locales: options.uiLocales } }),
    };
  }

  /** MSAL names a provider that never answered its metadata request `endpoints_resolution_error`: say it timed out. */
  private named(error: unknown): unknown {
    const code = errorCode(error);
    const lastFailure = this.network?.lastFailure;
    if (lastFailure && (code === 'endpoints_resolution_error' || code === 'openid_config_error')) {
      return new SessionFailure(lastFailure);
    }
    return error;
  }

  private onMsalEvent(event: EventMessage, report: (event: SessionEvent) => void) {
    const { EventType } = this.msal;
    switch (event.eventType) {
      case EventType.LOGOUT_SUCCESS:
        return report({ type: 'signed-out' });
      case EventType.POPUP_OPENED: {
        const popup = (event.payload as { popupWindow?: Window } | null)?.popupWindow;
        return popup ? report({ type: 'popup-opened', popup }) : undefined;
      }
      case EventType.ACTIVE_ACCOUNT_CHANGED:
      case EventType.RESTORE_FROM_BFCACHE:
        return report({ type: 'account-changed' });
      // The host signed in with its own client (its button, its redirect handling).
      case EventType.LOGIN_SUCCESS:
      case EventType.HANDLE_REDIRECT_END:
        return this.adopted ? report({ type: 'account-changed' }) : undefined;
    }
  }
}

/**
 * Opens MSAL's session (the host's client, or one of ours) with the client's logic over it, both
 * loaded with MSAL: call `arrive()` on the result next, before anything else.
 */
export async function openInteractions(
  msal: Msal,
  timings: SessionTimings,
  link: ClientLink,
): Promise<MsalInteractions> {
  let interactions: MsalInteractions | undefined;
  const onEvent = (event: SessionEvent) => interactions?.onSessionEvent(event);
  const { config } = link;
  const session = config.msalInstance
    ? await MsalSession.adopt(msal, config, onEvent)
    : await MsalSession.open(msal, config, timings, onEvent);
  return (interactions = new MsalInteractions(session, link));
}

import { expect, waitUntil } from '@open-wc/testing';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { BrowserAuthError, EventType, InteractionRequiredAuthError, NavigationClient } from '@azure/msal-browser';
import { validateAuthConfig, type AuthConfigInput } from '../../src/auth/config.js';
import { MsalAuthClient } from '../../src/auth/msal-auth-client.js';
import type { AuthState } from '../../src/auth/types.js';
import { useFakeClock, type FakeClock } from '../helpers/clock.js';
import { busyTask } from '../helpers/turns.js';
import { nextTask } from '../../src/internal/turns.js';

const ACCOUNT = {
  homeAccountId: 'home-1',
  name: 'Camille Martin',
  username: 'camille.martin@example.fr',
} as AccountInfo;

/** What the next FakePca does differently: each test decides how MSAL answers. */
let preset: Partial<FakePca> = {};

/** Records what the client asks of MSAL. */
class FakePca {
  static last: FakePca | undefined;
  calls: [string, unknown][] = [];
  active: AccountInfo | null = null;
  accounts: AccountInfo[] = [];
  redirectResult: AuthenticationResult | null = null;
  loginPopup: (request: unknown) => Promise<AuthenticationResult> = () =>
    Promise.resolve({ account: ACCOUNT } as AuthenticationResult);
  acquireTokenSilent: (request: unknown) => Promise<AuthenticationResult> = () =>
    Promise.resolve({ accessToken: 'silent-token' } as AuthenticationResult);

  constructor(readonly configuration: unknown) {
    FakePca.last = this;
    Object.assign(this, preset);
  }
  callbacks: ((event: { eventType: string }) => void)[] = [];
  initialize = () => Promise.resolve();
  addEventCallback = (callback: (event: { eventType: string }) => void) => {
    this.callbacks.push(callback);
    return 'callback-1';
  };
  handleRedirectPromise = () => Promise.resolve(this.redirectResult);
  getActiveAccount = () => this.active;
  setActiveAccount = (account: AccountInfo | null) => {
    this.active = account;
  };
  getAllAccounts = () => this.accounts;
  loginRedirect = (request: unknown) => {
    this.calls.push(['loginRedirect', request]);
    return new Promise<void>(() => undefined);
  };
  acquireTokenPopup = (request: unknown) => {
    this.calls.push(['acquireTokenPopup', request]);
    return Promise.resolve({ accessToken: 'popup-token' } as AuthenticationResult);
  };
  /** As MSAL does: clears the tokens and reports success before Microsoft's page opens. */
  logoutPopup = () => {
    this.calls.push(['logoutPopup', undefined]);
    for (const callback of this.callbacks) callback({ eventType: EventType.LOGOUT_SUCCESS });
    return Promise.resolve();
  };
  logoutRedirect = () => new Promise<void>(() => undefined);
  clearCache = () => Promise.resolve();
}

const fakeMsal = {
  PublicClientApplication: FakePca,
  InteractionRequiredAuthError,
  EventType,
  NavigationClient,
} as unknown as typeof import('../../src/auth/msal-module.js');

function client(input: Partial<AuthConfigInput> = {}) {
  const config = validateAuthConfig({
    clientId: 'espace-client-demo',
    authority: 'https://localhost:8443/',
    protocolMode: 'OIDC',
    ...input,
  });
  const created = new MsalAuthClient(config, () => Promise.resolve(fakeMsal));
  const states: AuthState[] = [];
  created.subscribe((state) => states.push(state));
  return { created, states };
}

const until = (predicate: () => boolean) => waitUntil(predicate, undefined, { interval: 5 });

const pca = () => FakePca.last!;

describe('MsalAuthClient', () => {
  beforeEach(() => {
    preset = {};
    FakePca.last = undefined;
  });
  afterEach(() => {
    sessionStorage.clear();
    // A redirect that never left (MSAL is faked) leaves the other tabs' mark behind.
    localStorage.clear();
  });

  it('configures MSAL without logging personal data and with the session cache', async () => {
    const { created } = client();
    await created.signIn({ interaction: 'popup' });
    const configuration = pca().configuration as {
      cache: { cacheLocation: string };
      system: { protocolMode: string; loggerOptions: { piiLoggingEnabled: boolean } };
      auth: { knownAuthorities: string[] };
    };
    expect(configuration.cache.cacheLocation).to.equal('sessionStorage');
    expect(configuration.system.loggerOptions.piiLoggingEnabled).to.equal(false);
    expect(configuration.system.protocolMode).to.equal('OIDC');
    expect(configuration.auth.knownAuthorities).to.deep.equal(['localhost:8443']);
  });

  it('signs in with a popup and reports the account', async () => {
    const { created, states } = client({ interaction: 'popup' });
    await created.signIn();
    expect(states.map((s) => s.status)).to.deep.equal(['interacting', 'signed-in']);
    expect(created.getState().account).to.deep.equal({
      id: 'home-1',
      name: 'Camille Martin',
      username: 'camille.martin@example.fr',
    });
  });

  it('falls back to a redirect when the popup is blocked, keeping the page to come back to', async () => {
    preset = { loginPopup: () => Promise.reject(new BrowserAuthError('popup_window_error', 'c')) };
    const { created } = client({ interaction: 'popup' });
    void created.signIn({ loginHint: 'camille.martin@example.fr' });
    await until(() => (FakePca.last?.calls.length ?? 0) > 0);
    const [name, request] = pca().calls[0] as [string, { loginHint: string; redirectStartPage: string }];
    expect(name).to.equal('loginRedirect');
    expect(request.loginHint).to.equal('camille.martin@example.fr');
    expect(request.redirectStartPage).to.equal(location.href);
    expect(created.getState().status).to.equal('interacting');
  });

  it('reports a blocked popup when the fallback is off', async () => {
    preset = { loginPopup: () => Promise.reject(new BrowserAuthError('popup_window_error', 'c')) };
    const { created } = client({ interaction: 'popup', popupFallback: 'none' });
    await created.signIn();
    expect(created.getState()).to.deep.include({ status: 'error' });
    expect(created.getState().failure?.code).to.equal('popup_window_error');
  });

  it('keeps a same-origin return URL and ignores any other', async () => {
    const { created } = client();
    void created.signIn({ returnUrl: '/espace-client/factures?annee=2026' });
    await until(() => (FakePca.last?.calls.length ?? 0) > 0);
    const first = pca().calls[0][1] as { redirectStartPage: string };
    expect(first.redirectStartPage).to.equal(new URL('/espace-client/factures?annee=2026', location.href).href);

    FakePca.last = undefined;
    // The first redirect never left (MSAL is faked): its mark for other tabs stays behind.
    localStorage.clear();
    const other = client();
    void other.created.signIn({ returnUrl: 'https://evil.example/phish' });
    await until(() => (FakePca.last?.calls.length ?? 0) > 0);
    const second = pca().calls[0][1] as { redirectStartPage: string; state?: string };
    expect(second.redirectStartPage).to.equal(location.href);
    expect(second.state).to.equal(undefined);
  });

  it('ignores a second sign-in while one is under way', async () => {
    const { created } = client();
    void created.signIn();
    await until(() => (FakePca.last?.calls.length ?? 0) > 0);
    await created.signIn();
    expect(pca().calls).to.have.length(1);
    expect(created.getState().status).to.equal('interacting');
  });

  it('refuses a popup while another tab holds the interaction lock', async () => {
    const { created } = client({ interaction: 'popup' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    void navigator.locks.request('bt-espace-client-auth:interaction', () => {
      lockTaken();
      return held;
    });
    await taken;
    await created.signIn();
    release();
    expect(created.getState().failure?.code).to.equal('interaction_in_progress');
  });

  it('tells other tabs of a sign-out once MSAL cleared the tokens, not when another tab holds the interaction', async () => {
    preset = { active: ACCOUNT, accounts: [ACCOUNT] };
    const heard: unknown[] = [];
    const otherTab = new BroadcastChannel('bt-espace-client-auth');
    let sentinels = 0;
    otherTab.onmessage = (event: MessageEvent<{ type: string }>) => {
      if (event.data.type === 'signed-out') heard.push(event.data);
      if (event.data.type === 'test-sentinel') sentinels++;
    };
    try {
      const { created } = client({ interaction: 'popup' });
      created.start();
      await created.signIn();
      await until(() => created.getState().status === 'signed-in');

      let release!: () => void;
      let lockTaken!: () => void;
      const taken = new Promise<void>((resolve) => (lockTaken = resolve));
      void navigator.locks.request('bt-espace-client-auth:interaction', () => {
        lockTaken();
        return new Promise<void>((resolve) => (release = resolve));
      });
      await taken;
      await created.signOut();
      release();
      // Past the moment a sign-out that waited for the lock would have run and spoken: the lock
      // goes to waiters in turn, and messages from this page arrive in the order they were posted.
      await navigator.locks.request('bt-espace-client-auth:interaction', () => undefined);
      const sentinel = new BroadcastChannel('bt-espace-client-auth');
      sentinel.postMessage({ type: 'test-sentinel' });
      sentinel.close();
      await until(() => sentinels === 1);
      expect(pca().calls.map(([name]) => name)).not.to.include('logoutPopup');
      expect(heard, 'nothing said while another tab holds the interaction').to.deep.equal([]);

      await created.signOut();
      await until(() => heard.length > 0);
      expect(heard).to.deep.equal([{ type: 'signed-out' }]);
      expect(created.getState().status).to.equal('signed-out');
    } finally {
      otherTab.close();
    }
  });

  it('fails at once when offline, and tries again after', async () => {
    const { created } = client({ interaction: 'popup' });
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await created.signIn();
      expect(created.getState().failure?.code).to.equal('no_network_connectivity');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    created.dismissFailure();
    await created.signIn();
    expect(created.getState().status).to.equal('signed-in');
  });

  it('reports a module that cannot load, then loads it on the next try', async () => {
    const config = validateAuthConfig({
      clientId: 'c',
      authority: 'https://localhost:8443/',
      protocolMode: 'OIDC',
      interaction: 'popup',
    });
    let attempts = 0;
    const created = new MsalAuthClient(config, () =>
      ++attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve(fakeMsal),
    );
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await created.signIn();
    } finally {
      console.error = original;
    }
    expect(created.getState().failure?.code).to.equal('msal_load_failed');
    // The customer is told to check the network; the console keeps the real cause for the team.
    expect(String(logged[0]?.[1])).to.contain('Failed to fetch dynamically imported module');
    created.dismissFailure();
    await created.signIn();
    expect(created.getState().status).to.equal('signed-in');
  });

  it('completes a pending redirect response before anything else', async () => {
    sessionStorage.setItem('msal.espace-client-demo.urlHash', 'pending');
    const { created, states } = client();
    created.start();
    await until(() => created.getState().status !== 'initializing');
    expect(states.at(-1)?.status).to.equal('signed-out');
  });

  it('starts in a task of its own when the page is busy, without undoing a sign-in begun meanwhile', async () => {
    await busyTask();
    const { created, states } = client({ interaction: 'popup' });
    created.start();
    expect(created.getState().status, 'web storage is read in a later task').to.equal('initializing');
    const signedIn = created.signIn();
    await signedIn;
    await nextTask();
    expect(states.map((s) => s.status)).to.deep.equal(['interacting', 'signed-in']);
  });

  it('restores the cached session on start when MSAL left one', async () => {
    sessionStorage.setItem('msal.3.account.keys', '["x"]');
    preset = { accounts: [ACCOUNT] };
    const { created } = client();
    created.start();
    await until(() => created.getState().status !== 'initializing');
    expect(created.getState().status).to.equal('signed-in');
  });

  it('gets tokens silently, and never leaves the page for one', async () => {
    const { created } = client({ interaction: 'redirect', scopes: ['api://espace-client/read'] });
    preset = { accounts: [ACCOUNT] };
    created.start();
    await until(() => created.getState().status === 'signed-in');
    expect(await created.getAccessToken()).to.equal('silent-token');
    pca().acquireTokenSilent = () => Promise.reject(new InteractionRequiredAuthError('login_required', 'c'));
    try {
      await created.getAccessToken();
      expect.fail('should have thrown');
    } catch (error) {
      expect((error as { errorCode: string }).errorCode).to.equal('session_ended');
    }
    expect(pca().calls.map(([name]) => name)).to.not.include.members(['acquireTokenPopup', 'loginRedirect']);
    expect(created.getState()).to.deep.equal({
      status: 'error',
      failure: { code: 'session_ended', correlationId: 'c' },
    });
  });

  it('gives a stuck popup up on request, and overrides MSAL’s interaction flag on the next try', async () => {
    let calls = 0;
    preset = {
      loginPopup: (request: unknown) => {
        pca().calls.push(['loginPopup', request]);
        return ++calls === 1
          ? new Promise<AuthenticationResult>(() => undefined)
          : Promise.resolve({ account: ACCOUNT } as AuthenticationResult);
      },
    };
    const { created } = client({ interaction: 'popup' });
    const stuck = created.signIn({ initiator: 'bt-signin-button' });
    await until(() => (FakePca.last?.calls.length ?? 0) > 0);
    expect(await created.signIn()).to.deep.equal({ kind: 'busy' });
    created.cancelInteraction();
    expect(await stuck).to.deep.equal({ kind: 'abandoned' });
    expect(created.getState().status).to.equal('signed-out');
    const outcome = await created.signIn({ initiator: 'bt-signin-button' });
    expect(outcome.kind).to.equal('signed-in');
    expect((pca().calls[1][1] as { overrideInteractionInProgress?: boolean }).overrideInteractionInProgress).to.equal(
      true,
    );
  });

  it('reports each outcome with the initiator of the sign-in that caused it', async () => {
    preset = { loginPopup: () => Promise.reject(new BrowserAuthError('user_cancelled', 'c')) };
    const { created } = client({ interaction: 'popup', popupFallback: 'none' });
    const changes: unknown[] = [];
    created.subscribe((_state, change) => change && changes.push(change));
    const outcome = await created.signIn({ initiator: 'bt-activation-landing' });
    expect(outcome).to.deep.include({ kind: 'failed' });
    expect(changes).to.deep.equal([
      { kind: 'failed', failure: { code: 'user_cancelled', correlationId: 'c' }, initiator: 'bt-activation-landing' },
    ]);
  });

  it('rejects token requests with a coded error when nobody is signed in', async () => {
    const { created } = client();
    try {
      await created.getAccessToken();
      expect.fail('should have thrown');
    } catch (error) {
      expect((error as { errorCode: string }).errorCode).to.equal('no_account_error');
    }
  });
});

describe('MsalAuthClient over a long session', () => {
  let clock: FakeClock;
  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);
  /** MSAL as the provider answers: tokens for `lifetime` seconds, until the session ends. */
  function renewing(lifetime: number) {
    const silent: { forceRefresh?: boolean }[] = [];
    const provider = { ended: undefined as Error | undefined };
    preset = {
      accounts: [ACCOUNT],
      acquireTokenSilent: (request) => {
        silent.push(request as { forceRefresh?: boolean });
        if (provider.ended) return Promise.reject(provider.ended);
        return Promise.resolve({
          accessToken: `token-${silent.length}`,
          expiresOn: inSeconds(lifetime),
        } as AuthenticationResult);
      },
    };
    return { silent, provider };
  }

  beforeEach(() => {
    preset = {};
    clock = useFakeClock('2026-12-01T09:00:00Z');
  });
  afterEach(() => {
    clock.restore();
    sessionStorage.clear();
    localStorage.clear();
  });

  /** Runs what is due now (MSAL's load in the next task, promises) until `predicate` holds. */
  async function settleUntil(predicate: () => boolean) {
    for (let turn = 0; turn < 100 && !predicate(); turn++) await clock.tick(0);
    expect(predicate()).to.equal(true);
  }

  /** A page that MSAL left signed in. */
  async function signedInClient(input: Partial<AuthConfigInput> = {}) {
    sessionStorage.setItem('msal.3.account.keys', '["x"]');
    const made = client(input);
    made.created.start();
    await settleUntil(() => made.created.getState().status === 'signed-in');
    return made;
  }

  it('renews the tokens before they expire, again and again, without any interaction', async () => {
    const { silent } = renewing(60);
    const { created, states } = await signedInClient();
    // The expiry of the tokens in the cache first, then a renewal 45 s into each minute's token.
    expect(silent.map((request) => request.forceRefresh)).to.deep.equal([false]);
    for (let renewal = 1; renewal <= 12; renewal++) await clock.tick(45_000);
    expect(silent.length).to.equal(13);
    expect(silent.slice(1).every((request) => request.forceRefresh)).to.equal(true);
    expect(states.map((state) => state.status).filter((status) => status !== 'signed-in')).to.deep.equal([]);
    expect(pca().calls).to.deep.equal([]);
    created.dispose();
  });

  it('says the session ended when the provider ends it, then signs in again in a popup, keeping the page', async () => {
    const { provider } = renewing(60);
    const { created } = await signedInClient({ interaction: 'redirect' });
    await clock.tick(45_000);
    provider.ended = new InteractionRequiredAuthError('invalid_grant', 'AADSTS700084: expired', 'bad_token');
    await clock.tick(45_000);
    expect(created.getState()).to.deep.equal({ status: 'error', failure: { code: 'session_ended' } });
    const loginPopup: unknown[] = [];
    pca().loginPopup = (request) => {
      loginPopup.push(request);
      return Promise.resolve({ account: ACCOUNT } as AuthenticationResult);
    };
    created.dismissFailure();
    expect(created.getState().status).to.equal('signed-out');
    provider.ended = undefined;
    const outcome = await created.signIn();
    expect(outcome.kind).to.equal('signed-in');
    expect(loginPopup).to.have.length(1);
    expect(loginPopup[0]).to.deep.include({ loginHint: ACCOUNT.username });
    expect(pca().calls.map(([name]) => name)).to.not.include('loginRedirect');
    created.dispose();
  });

  it('keeps the session through a failed renewal (offline, a timeout) and tries again', async () => {
    const { provider, silent } = renewing(60);
    const { created } = await signedInClient();
    provider.ended = new BrowserAuthError('post_request_failed', 'c');
    await clock.tick(45_000);
    expect(created.getState().status).to.equal('signed-in');
    provider.ended = undefined;
    const before = silent.length;
    await clock.tick(30_000);
    expect(silent.length).to.equal(before + 1);
    expect(created.getState().status).to.equal('signed-in');
    created.dispose();
  });

  it('waits, in a hidden page, until the page is shown to renew', async () => {
    const { silent } = renewing(60);
    const { created } = await signedInClient();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      await clock.tick(10 * 60_000);
      expect(silent.length).to.equal(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(document.visibilityState).to.equal('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await settleUntil(() => silent.length === 2);
    expect(silent[1].forceRefresh).to.equal(true);
    created.dispose();
  });

  it('stops renewing once signed out', async () => {
    const { silent } = renewing(60);
    const { created } = await signedInClient({ interaction: 'popup' });
    await created.signOut();
    expect(created.getState().status).to.equal('signed-out');
    const before = silent.length;
    await clock.tick(10 * 60_000);
    expect(silent.length).to.equal(before);
    expect(clock.pending).to.equal(0);
    created.dispose();
  });
});

describe('MsalAuthClient and the other tabs', () => {
  it('follows, in a tab opened after another signed in, the session that tab holds, with its hint', async () => {
    const otherTab = new BroadcastChannel('bt-espace-client-auth');
    const asked = new Promise<void>((resolve) => {
      otherTab.onmessage = (event: MessageEvent<{ type: string }>) => {
        if (event.data.type !== 'who-is-signed-in') return;
        // The other tab holds a session: it answers with the account's hint.
        otherTab.postMessage({ type: 'signed-in', hint: ACCOUNT.username });
        resolve();
      };
    });
    const silent: unknown[] = [];
    preset = {
      ssoSilent: (request: unknown) => {
        silent.push(request);
        return Promise.resolve({ account: ACCOUNT } as AuthenticationResult);
      },
    } as Partial<FakePca>;
    try {
      const { created } = client();
      created.start();
      expect(created.getState().status, 'signed out at once, MSAL not loaded').to.equal('signed-out');
      await asked;
      await until(() => created.getState().status === 'signed-in');
      expect(created.getState().account?.username).to.equal(ACCOUNT.username);
      expect(silent).to.deep.equal([{ scopes: [], loginHint: ACCOUNT.username }]);
    } finally {
      otherTab.close();
      preset = {};
    }
  });
});

describe('MsalAuthClient with the host’s own MSAL client', () => {
  // A sign-in that left the page records its departure in the tab, and marks the other tabs.
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  /** A host's client, as msal-react's MsalProvider holds it: configured and initialized by the host. */
  function hostPca() {
    preset = {};
    const pca = new FakePca(undefined);
    const navigated: string[] = [];
    let navigation = {
      navigateInternal: () => Promise.resolve(true),
      navigateExternal: (url: string) => {
        navigated.push(url);
        return Promise.resolve(true);
      },
    };
    Object.assign(pca, {
      getConfiguration: () => ({
        auth: {
          clientId: '00000000-0000-4000-8000-000000000001',
          authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
          knownAuthorities: [],
          redirectUri: '/app-redirect.html',
        },
        cache: { cacheLocation: 'localStorage' },
        system: { protocolMode: 'AAD', navigationClient: navigation },
      }),
      setNavigationClient: (client: typeof navigation) => (navigation = client),
    });
    FakePca.last = undefined;
    return { pca, navigated, navigation: () => navigation };
  }

  function adopted(pca: FakePca) {
    const config = validateAuthConfig({ clientId: '', msalInstance: pca as never, scopes: ['api://portal/read'] });
    const created = new MsalAuthClient(config, () => Promise.resolve(fakeMsal));
    const states: AuthState[] = [];
    created.subscribe((state) => states.push(state));
    return { created, states, config };
  }

  it('takes the host’s configuration and creates no client of its own', async () => {
    const { pca } = hostPca();
    const { created, config } = adopted(pca);
    expect(config.clientId).to.equal('00000000-0000-4000-8000-000000000001');
    expect(config.authority).to.equal('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(config.redirectUri).to.equal(new URL('/app-redirect.html', location.href).href);
    expect(config.cacheLocation).to.equal('localStorage');
    created.start();
    await until(() => created.getState().status !== 'initializing');
    expect(FakePca.last, 'no second PublicClientApplication').to.equal(undefined);
    expect(created.getState().status).to.equal('signed-out');
  });

  it('shares the host’s redirect handling and follows the host’s sign-in and sign-out', async () => {
    const { pca } = hostPca();
    let handled = 0;
    const hostsResult = Promise.resolve(null);
    pca.handleRedirectPromise = () => {
      handled++;
      return hostsResult;
    };
    const { created, states } = adopted(pca);
    created.start();
    await until(() => created.getState().status === 'signed-out');
    expect(handled, 'one call, which MSAL answers with the host’s own promise').to.equal(1);

    // The host's own sign-in button: MSAL reports the success; the elements follow.
    pca.accounts = [ACCOUNT];
    for (const callback of pca.callbacks) callback({ eventType: EventType.LOGIN_SUCCESS });
    expect(created.getState()).to.deep.include({ status: 'signed-in' });
    expect(created.getState().account?.username).to.equal(ACCOUNT.username);

    // The host signs out: MSAL reports it; the elements follow.
    pca.accounts = [];
    for (const callback of pca.callbacks) callback({ eventType: EventType.LOGOUT_SUCCESS });
    expect(created.getState().status).to.equal('signed-out');
    expect(states.map((state) => state.status)).to.deep.equal(['signed-out', 'signed-in', 'signed-out']);
  });

  it('signs in with the host’s client, and knows when the page leaves through the host’s navigation', async () => {
    const { pca, navigated, navigation } = hostPca();
    pca.loginRedirect = (request: unknown) => {
      pca.calls.push(['loginRedirect', request]);
      return navigation()
        .navigateExternal('https://login.microsoftonline.com/authorize')
        .then(() => new Promise<void>(() => undefined));
    };
    const { created } = adopted(pca);
    created.start();
    await until(() => created.getState().status === 'signed-out');
    const outcome = await created.signIn({ loginHint: 'camille.martin@example.fr' });
    expect(outcome).to.deep.equal({ kind: 'redirecting' });
    expect(navigated, 'the host’s navigation client still navigates').to.deep.equal([
      'https://login.microsoftonline.com/authorize',
    ]);
    expect(pca.calls[0][1]).to.deep.include({
      scopes: ['api://portal/read'],
      loginHint: 'camille.martin@example.fr',
      // Microsoft's page in the elements' language.
      extraQueryParameters: { ui_locales: 'fr' },
    });
  });

  it('never removes what the host’s MSAL keeps in the tab', async () => {
    const { pca } = hostPca();
    sessionStorage.setItem('msal.host.interaction.status', 'kept');
    try {
      const { created } = adopted(pca);
      created.start();
      await until(() => created.getState().status === 'signed-out');
      expect(sessionStorage.getItem('msal.host.interaction.status')).to.equal('kept');
    } finally {
      sessionStorage.removeItem('msal.host.interaction.status');
    }
  });
});

import type { IPublicClientApplication } from '@azure/msal-browser';
import type { InteractionMode } from './types.js';

/** Sign-in configuration as a host writes it: only `clientId` is required. */
export interface AuthConfigInput {
  /** The application (client) id registered with the identity provider (taken from `msalInstance` when given). */
  clientId: string;
  /**
   * The host's own MSAL client (the one `@azure/msal-react`'s `MsalProvider` or `@azure/msal-angular`'s
   * `MsalService` holds). The elements then use it instead of creating a second client on the same
   * cache: its client id, authority, redirect page and cache are the host's; the host handles the
   * redirect response (the elements share its result), and the elements follow its sign-in and
   * sign-out through MSAL's events. `scopes`, `interaction` and `popupFallback` still apply.
   */
  msalInstance?: IPublicClientApplication;
  /**
   * `https://login.microsoftonline.com/<tenant>` (Microsoft Entra, the default with tenant
   * `organizations`), `https://<tenant>.ciamlogin.com/` (External ID), or with
   * `protocolMode: 'OIDC'` any OpenID Connect issuer.
   */
  authority?: string;
  /** The redirect bridge page (see `redirect.html`); defaults to `/redirect.html` on this origin. */
  redirectUri?: string;
  /** Where Microsoft returns after sign-out; by default the redirect bridge, which goes back to the page. */
  postLogoutRedirectUri?: string;
  /** Extra trusted authority hosts (`host[:port]`); the authority's own host is always added. */
  knownAuthorities?: readonly string[];
  /** Scopes of the access tokens `getAccessToken()` returns by default. */
  scopes?: readonly string[];
  /** `redirect` (default) or `popup`. */
  interaction?: InteractionMode;
  /** What to do when the browser blocks the popup: fall back to `redirect` (default) or `none`. */
  popupFallback?: 'redirect' | 'none';
  /** `AAD` (Microsoft Entra, default) or `OIDC` (any OpenID Connect provider). */
  protocolMode?: 'AAD' | 'OIDC';
  /** Token cache: `sessionStorage` (default), `memoryStorage`, or `localStorage` when asked for. */
  cacheLocation?: 'sessionStorage' | 'memoryStorage' | 'localStorage';
  /**
   * How long each request to the provider (and a redirect's departure) may take before sign-in
   * ends with a described problem, in milliseconds: 1 000 to 120 000, default 20 000.
   */
  networkTimeoutMs?: number;
}

export type AuthConfig = Required<Omit<AuthConfigInput, 'postLogoutRedirectUri' | 'msalInstance'>> &
  Pick<AuthConfigInput, 'postLogoutRedirectUri' | 'msalInstance'>;

/** A configuration mistake, found before any network call; `field` names the setting at fault. */
export class AuthConfigError extends Error {
  constructor(
    readonly field: keyof AuthConfigInput,
    /** What is wrong, in the development build; the production build names the setting only. */
    problem: string | false,
  ) {
    super(`Sign-in configuration: \`${field}\` ${problem || 'is not valid (the development build says why).'}`);
    this.name = 'AuthConfigError';
  }
}

const GUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63}$/i;
const ENTRA_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.microsoft.com',
]);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

function parseUrl(field: keyof AuthConfigInput, value: string, base?: string): URL {
  try {
    return new URL(value, base);
  } catch {
    throw new AuthConfigError(field, import.meta.env.DEV && 'is not a valid URL.');
  }
}

function isTenant(segment: string): boolean {
  return ['common', 'organizations', 'consumers'].includes(segment) || GUID.test(segment) || DOMAIN.test(segment);
}

function checkAuthority(input: AuthConfigInput, protocolMode: 'AAD' | 'OIDC'): URL {
  const url = parseUrl('authority', input.authority ?? DEFAULT_AUTHORITY);
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AuthConfigError(
      'authority',
      import.meta.env.DEV && 'must be an https URL (http is accepted on localhost only).',
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new AuthConfigError('authority', import.meta.env.DEV && 'must not carry a query, a fragment or credentials.');
  }
  if (protocolMode === 'OIDC') return url;
  const [tenant = ''] = url.pathname.split('/').filter(Boolean);
  if (ENTRA_HOSTS.has(url.hostname)) {
    if (!isTenant(tenant)) {
      throw new AuthConfigError(
        'authority',
        import.meta.env.DEV &&
          'has a malformed tenant: use a tenant id (GUID), a domain name, `organizations`, `common` or `consumers`.',
      );
    }
    return url;
  }
  const ciam = /^([a-z\d](?:[a-z\d-]*[a-z\d])?)\.ciamlogin\.com$/i.exec(url.hostname);
  if (ciam) {
    if (tenant && !isTenant(tenant))
      throw new AuthConfigError('authority', import.meta.env.DEV && 'has a malformed External ID tenant.');
    return url;
  }
  if (input.knownAuthorities?.includes(url.host)) return url;
  throw new AuthConfigError(
    'authority',
    import.meta.env.DEV &&
      'is not a Microsoft Entra or External ID authority: set `protocolMode` to `OIDC` for another provider.',
  );
}

/**
 * Checks a configuration and fills in the defaults, before anything touches the network.
 * Throws an {@link AuthConfigError} naming the first field at fault.
 */
export function validateAuthConfig(input: AuthConfigInput, pageUrl = globalThis.location?.href): AuthConfig {
  if (input.msalInstance) return adoptedConfig(input, input.msalInstance, pageUrl);
  const clientId = typeof input.clientId === 'string' ? input.clientId.trim() : '';
  if (!clientId) throw new AuthConfigError('clientId', import.meta.env.DEV && 'is required.');
  const protocolMode = input.protocolMode ?? 'AAD';
  if (protocolMode !== 'AAD' && protocolMode !== 'OIDC') {
    throw new AuthConfigError('protocolMode', import.meta.env.DEV && 'must be `AAD` or `OIDC`.');
  }
  if (protocolMode === 'AAD' && !GUID.test(clientId)) {
    throw new AuthConfigError(
      'clientId',
      import.meta.env.DEV && 'must be the application id (a GUID) registered in Microsoft Entra.',
    );
  }
  if (protocolMode === 'OIDC' && !/^[\w.:-]{1,256}$/.test(clientId)) {
    throw new AuthConfigError('clientId', import.meta.env.DEV && 'has characters a client id cannot have.');
  }
  const authority = checkAuthority(input, protocolMode);

  const page = parseUrl('redirectUri', pageUrl ?? 'https://invalid.example/');
  const redirectUri = parseUrl('redirectUri', input.redirectUri ?? '/redirect.html', page.href);
  if (redirectUri.origin !== page.origin) {
    throw new AuthConfigError(
      'redirectUri',
      import.meta.env.DEV && `must be on this page's origin (${page.origin}), as MSAL's redirect bridge requires.`,
    );
  }
  const postLogout =
    input.postLogoutRedirectUri && parseUrl('postLogoutRedirectUri', input.postLogoutRedirectUri, page.href);
  if (postLogout && postLogout.origin !== page.origin) {
    throw new AuthConfigError('postLogoutRedirectUri', import.meta.env.DEV && "must be on this page's origin.");
  }

  const knownAuthorities = [...new Set([...(input.knownAuthorities ?? []), authority.host])];
  for (const host of knownAuthorities) {
    if (!/^[a-z\d.-]+(:\d{1,5})?$/i.test(host) && !/^\[[\da-f:]+\](:\d{1,5})?$/i.test(host)) {
      throw new AuthConfigError(
        'knownAuthorities',
        import.meta.env.DEV && 'must list host names, with a port where needed (`localhost:8443`).',
      );
    }
  }
  const scopes = [...(input.scopes ?? [])];
  if (scopes.some((scope) => typeof scope !== 'string' || !/^\S+$/.test(scope))) {
    throw new AuthConfigError('scopes', import.meta.env.DEV && 'must be scope names without spaces.');
  }
  const interaction = input.interaction ?? 'redirect';
  if (interaction !== 'redirect' && interaction !== 'popup') {
    throw new AuthConfigError('interaction', import.meta.env.DEV && 'must be `redirect` or `popup`.');
  }
  const popupFallback = input.popupFallback ?? 'redirect';
  if (popupFallback !== 'redirect' && popupFallback !== 'none') {
    throw new AuthConfigError('popupFallback', import.meta.env.DEV && 'must be `redirect` or `none`.');
  }
  const cacheLocation = input.cacheLocation ?? 'sessionStorage';
  if (!['sessionStorage', 'memoryStorage', 'localStorage'].includes(cacheLocation)) {
    throw new AuthConfigError(
      'cacheLocation',
      import.meta.env.DEV && 'must be `sessionStorage`, `memoryStorage` or `localStorage`.',
    );
  }
  const networkTimeoutMs = input.networkTimeoutMs ?? 20_000;
  if (!Number.isInteger(networkTimeoutMs) || networkTimeoutMs < 1_000 || networkTimeoutMs > 120_000) {
    throw new AuthConfigError(
      'networkTimeoutMs',
      import.meta.env.DEV && 'must be a whole number of milliseconds from 1000 to 120000.',
    );
  }
  return {
    clientId,
    authority: authority.href.replace(/\/$/, ''),
    redirectUri: redirectUri.href,
    ...(postLogout && { postLogoutRedirectUri: postLogout.href }),
    knownAuthorities,
    scopes,
    interaction,
    popupFallback,
    protocolMode,
    cacheLocation,
    networkTimeoutMs,
  };
}

/**
 * The configuration of a host's own MSAL client, as the elements need it: the host validated its
 * own; the elements' options (`scopes`, `interaction`, `popupFallback`) are checked as usual.
 */
function adoptedConfig(
  input: AuthConfigInput,
  instance: IPublicClientApplication,
  pageUrl = 'https://invalid.example/',
): AuthConfig {
  const { auth, cache, system } = instance.getConfiguration();
  const own = validateAuthConfig(
    {
      clientId: auth.clientId,
      authority: auth.authority,
      knownAuthorities: auth.knownAuthorities,
      protocolMode: system.protocolMode === 'OIDC' ? 'OIDC' : 'AAD',
      ...(input.scopes && { scopes: input.scopes }),
      ...(input.interaction && { interaction: input.interaction }),
      ...(input.popupFallback && { popupFallback: input.popupFallback }),
      ...(input.networkTimeoutMs !== undefined && { networkTimeoutMs: input.networkTimeoutMs }),
    },
    pageUrl,
  );
  return {
    ...own,
    redirectUri: new URL(auth.redirectUri || pageUrl, pageUrl).href,
    ...(auth.postLogoutRedirectUri && { postLogoutRedirectUri: auth.postLogoutRedirectUri }),
    cacheLocation:
      cache.cacheLocation === 'localStorage' || cache.cacheLocation === 'memoryStorage'
        ? cache.cacheLocation
        : 'sessionStorage',
    msalInstance: instance,
  };
}

import { hasMsalTraces } from './browser-traces.js';
import { validateAuthConfig, type AuthConfigInput } from './config.js';
import { MsalAuthClient } from './msal-auth-client.js';
import type { AuthClient } from './types.js';
import { whenTaskFree } from '../internal/turns.js';

let pageClient: AuthClient | undefined;
let pageConfig: string | undefined;
const waiting = new Set<(client: AuthClient | undefined) => void>();

/**
 * Configures sign-in for the whole page and returns its one auth client, which every element
 * uses (directly, or through `<bt-auth-provider>`). Throws an `AuthConfigError` naming the field
 * at fault before any network call. Calling it again with the same configuration returns the same
 * client; with another configuration it replaces the client if nothing has used it yet (no MSAL
 * loaded, no interaction), and throws otherwise, since a page has one MSAL client.
 *
 * When the page comes back from Microsoft (a response in the address, or one the redirect bridge
 * left in session storage) or MSAL holds a session, MSAL is loaded and the response handled at once.
 */
export function configureAuth(input: AuthConfigInput): AuthClient {
  const config = validateAuthConfig(input);
  const key = JSON.stringify(config, (name, value: unknown) => (name === 'msalInstance' ? undefined : value));
  const sameInstance =
    !(pageClient instanceof MsalAuthClient) || pageClient.config.msalInstance === config.msalInstance;
  if (pageClient && pageConfig === key && sameInstance) return pageClient;
  if (pageClient && !isReplaceable(pageClient)) {
    throw new Error('Sign-in is already configured differently on this page: a page has one sign-in client.');
  }
  (pageClient as MsalAuthClient | undefined)?.dispose();
  const client = new MsalAuthClient(config);
  pageClient = client;
  pageConfig = key;
  // A host's MSAL client whose sign-ins the elements follow, or a session to restore (reading web
  // storage waits for a free task: see whenTaskFree).
  if (config.msalInstance) client.start();
  else whenTaskFree(() => pageClient === client && hasMsalTraces() && client.start());
  announce();
  return client;
}

/**
 * Whether the page's client may still be configured differently: one this module built, that
 * nothing has used yet (a framework set `client-id` before the rest of the configuration).
 */
export function isReplaceable(client: AuthClient | undefined = pageClient): boolean {
  return client === pageClient && pageConfig !== undefined && client instanceof MsalAuthClient && client.replaceable;
}

/**
 * Uses `client` (any {@link AuthClient}: a host's own sign-in, or a fake in tests and stories) as
 * the page's auth client; `undefined` forgets it.
 */
export function setAuthClient(client: AuthClient | undefined): void {
  pageClient = client;
  pageConfig = undefined;
  announce();
}

/** The page's auth client, if sign-in has been configured. */
export function getAuthClient(): AuthClient | undefined {
  return pageClient;
}

/** Calls `listener` whenever the page's auth client is configured or replaced, until unsubscribed. */
export function onAuthClientChange(listener: (client: AuthClient | undefined) => void): () => void {
  waiting.add(listener);
  return () => waiting.delete(listener);
}

function announce() {
  for (const listener of [...waiting]) listener(pageClient);
}

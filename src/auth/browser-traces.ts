/**
 * Whether this page must load MSAL at once: the URL carries an authorization response, or MSAL
 * (or this library, on leaving for Microsoft's page: see round-trip) left something in web
 * storage: a signed-in account, a response cached by the redirect bridge, an interaction under
 * way. Otherwise nobody is signed in and MSAL can wait for a click. Only MSAL's stable `msal.`
 * key prefix is relied upon, not its key layout.
 */
export function hasMsalTraces(location: Location = globalThis.location): boolean {
  return (
    hasAuthResponseInUrl(location) ||
    storageHasKeys('sessionStorage', ['msal.', 'bt-espace-client-auth:']) ||
    storageHasKeys('localStorage', ['msal.'])
  );
}

/** An OAuth response in the query or fragment: `state` with `code` or `error`. */
export function hasAuthResponseInUrl(location: Location = globalThis.location): boolean {
  return [location.search, location.hash].some((part) => {
    const params = new URLSearchParams(part.replace(/^[?#]/, ''));
    return params.has('state') && (params.has('code') || params.has('error'));
  });
}

function storageHasKeys(kind: 'sessionStorage' | 'localStorage', prefixes: readonly string[]): boolean {
  try {
    const storage = globalThis[kind];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      if (prefixes.some((prefix) => key.startsWith(prefix))) return true;
    }
  } catch {
    // Storage can be blocked (sandboxed iframe, privacy settings): then MSAL cannot keep a session either.
  }
  return false;
}

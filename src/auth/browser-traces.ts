/**
 * Whether this page must load MSAL at once: the URL carries an authorization response, or MSAL
 * (or this library, on leaving for Microsoft's page) left something in web storage: a signed-in
 * account, a response cached by the redirect bridge, an interaction under way. Otherwise nobody
 * is signed in and MSAL can wait for a click. Only MSAL's stable `msal.` key prefix is relied
 * upon, not its key layout.
 */
export function hasMsalTraces(location: Location = globalThis.location): boolean {
  return (
    hasAuthResponseInUrl(location) ||
    storageHasKeys('sessionStorage', ['msal.', 'bt-espace-client-auth:departure']) ||
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

/**
 * Removes what MSAL leaves in this tab's sessionStorage once nobody is signed in and nothing is
 * under way (its version, a spent response): otherwise every later page of the tab would load
 * MSAL for nothing. A signed-out tab then costs what a fresh one does.
 */
export function forgetSessionLeftovers(): void {
  try {
    const storage = globalThis.sessionStorage;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) =>
      key?.startsWith('msal.'),
    );
    for (const key of keys) storage.removeItem(key!);
  } catch {
    // Storage blocked: MSAL kept nothing there either.
  }
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

/**
 * Whether this page must load MSAL at once: the URL carries an authorization response, or MSAL
 * left something in web storage (a signed-in account, a response cached by the redirect bridge,
 * an interaction under way). Otherwise nobody is signed in and MSAL can wait for a click.
 * Only MSAL's stable `msal.` key prefix is relied upon, not its key layout.
 */
export function hasMsalTraces(location: Location = globalThis.location): boolean {
  return hasAuthResponseInUrl(location) || storageHasMsalKeys('sessionStorage') || storageHasMsalKeys('localStorage');
}

/** An OAuth response in the query or fragment: `state` with `code` or `error`. */
export function hasAuthResponseInUrl(location: Location = globalThis.location): boolean {
  return [location.search, location.hash].some((part) => {
    const params = new URLSearchParams(part.replace(/^[?#]/, ''));
    return params.has('state') && (params.has('code') || params.has('error'));
  });
}

function storageHasMsalKeys(kind: 'sessionStorage' | 'localStorage'): boolean {
  try {
    const storage = globalThis[kind];
    for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith('msal.')) return true;
  } catch {
    // Storage can be blocked (sandboxed iframe, privacy settings): then MSAL cannot keep a session either.
  }
  return false;
}

// The tab's side of the round trip to Microsoft's page, in sessionStorage: who left (so that the
// page that comes back can tell who asked, or that the sign-in was interrupted), the page sign-out
// started from, and what MSAL leaves behind once nobody is signed in. Codes and same-origin
// addresses only: nothing personal. Used with MSAL (loaded on demand) and by the redirect bridge,
// never at first render. Every key starts with `bt-espace-client-auth:`, which browser-traces
// reads as a reason to load MSAL at once.

const DEPARTURE_KEY = 'bt-espace-client-auth:departure';
const SIGN_OUT_PAGE = 'bt-espace-client-auth:sign-out-page';

export interface Departure {
  /** The element (or caller) that started the sign-in. */
  readonly initiator?: string;
}

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function recordDeparture(initiator: string | undefined): void {
  session()?.setItem(DEPARTURE_KEY, JSON.stringify({ ...(initiator && { initiator }) }));
}

export function forgetDeparture(): void {
  session()?.removeItem(DEPARTURE_KEY);
}

/**
 * The departure this tab recorded. It stays until the arrival is over (`forgetDeparture`): a
 * reload while Microsoft's answer is redeemed must still know that the tab was on its way.
 */
export function readDeparture(): Departure | undefined {
  const stored = session()?.getItem(DEPARTURE_KEY);
  if (stored == null) return undefined;
  try {
    const { initiator } = JSON.parse(stored) as { initiator?: unknown };
    return typeof initiator === 'string' && /^[\w-]{1,64}$/.test(initiator) ? { initiator } : {};
  } catch {
    return {};
  }
}

/** Where the redirect bridge sends the customer back after sign-out; `undefined` forgets it. */
export function rememberSignOutPage(href: string | undefined): void {
  if (href) session()?.setItem(SIGN_OUT_PAGE, href);
  else session()?.removeItem(SIGN_OUT_PAGE);
}

/** The page sign-out started from, removed as it is read; on this origin only. */
export function takeSignOutPage(): string | undefined {
  const stored = session()?.getItem(SIGN_OUT_PAGE);
  if (stored == null) return undefined;
  session()?.removeItem(SIGN_OUT_PAGE);
  try {
    const url = new URL(stored, location.href);
    return url.origin === location.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes what MSAL leaves in this tab's sessionStorage once nobody is signed in and nothing is
 * under way (its version, a spent response): otherwise every later page of the tab would load
 * MSAL for nothing. A signed-out tab then costs what a fresh one does.
 */
export function forgetSessionLeftovers(): void {
  const storage = session();
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
  for (const key of keys) if (key.startsWith('msal.')) storage.removeItem(key);
}

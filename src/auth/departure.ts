// What this tab remembers in sessionStorage when it leaves for Microsoft's page, so that the page
// that comes back can tell who asked (or that the sign-in was interrupted), and so that sign-out
// comes back to the page it started from. Codes and same-origin addresses only: nothing personal.

const DEPARTURE = 'bt-espace-client-auth:departure';
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
  session()?.setItem(DEPARTURE, JSON.stringify({ ...(initiator && { initiator }) }));
}

export function forgetDeparture(): void {
  session()?.removeItem(DEPARTURE);
}

/**
 * The departure this tab recorded. It stays until the arrival is over (`forgetDeparture`): a
 * reload while Microsoft's answer is redeemed must still know that the tab was on its way.
 */
export function readDeparture(): Departure | undefined {
  const stored = session()?.getItem(DEPARTURE);
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

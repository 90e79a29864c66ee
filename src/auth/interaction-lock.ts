import { SessionFailure } from './session-failure.js';

const LOCK_NAME = 'bt-espace-client-auth:interaction';
/** Set in localStorage by a tab that left for Microsoft's page: a redirect cannot hold a Web Lock. */
const REDIRECT_MARK = 'bt-espace-client-auth:redirect-under-way';
/** Long enough to create an account and set up the second factor; an abandoned one can be overridden. */
const REDIRECT_MARK_MS = 10 * 60_000;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Whether another tab left for Microsoft's page less than ten minutes ago and has not come back. */
function redirectUnderWayElsewhere(): boolean {
  const until = Number(storage()?.getItem(REDIRECT_MARK));
  return Number.isFinite(until) && until > Date.now();
}

/**
 * Runs `interaction` while holding a lock shared by every tab of this origin, so that two
 * interactions never run at once. Fails with `interaction_in_progress` when another tab holds it
 * or has left for Microsoft's page. `steal` takes it over (the customer chose to start again).
 * Without the Web Locks API, runs unguarded (MSAL still refuses two interactions in one tab).
 */
export async function withInteractionLock<T>(interaction: () => Promise<T>, steal = false): Promise<T> {
  if (steal) clearRedirectMark();
  else if (redirectUnderWayElsewhere()) throw new SessionFailure('interaction_in_progress');
  const locks = globalThis.navigator?.locks;
  if (!locks) return interaction();
  let acquired = false;
  const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
  const result = await locks.request(LOCK_NAME, options, async (lock) => {
    if (!lock) return undefined;
    acquired = true;
    return interaction();
  });
  if (!acquired) throw new SessionFailure('interaction_in_progress');
  return result as T;
}

/**
 * Before a redirect, which leaves the page and so cannot hold the lock: fails with
 * `interaction_in_progress` when another tab holds it, else marks the redirect for other tabs.
 */
export async function claimForRedirect(steal = false): Promise<void> {
  await withInteractionLock(() => Promise.resolve(), steal);
  storage()?.setItem(REDIRECT_MARK, String(Date.now() + REDIRECT_MARK_MS));
}

/** This tab is back from Microsoft's page (or gave up leaving): other tabs may interact again. */
export function clearRedirectMark(): void {
  storage()?.removeItem(REDIRECT_MARK);
}

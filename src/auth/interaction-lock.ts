import { SessionFailure } from './session-failure.js';

const LOCK_NAME = 'bt-espace-client-auth:interaction';

/**
 * Runs `interaction` while holding a lock shared by every tab of this origin, so that two sign-in
 * popups never run at once. Fails with `interaction_in_progress` when another tab holds it.
 * Without the Web Locks API, runs unguarded (MSAL still refuses two interactions in one tab).
 */
export async function withInteractionLock<T>(interaction: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return interaction();
  let acquired = false;
  const result = await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (!lock) return undefined;
    acquired = true;
    return interaction();
  });
  if (!acquired) throw new SessionFailure('interaction_in_progress');
  return result as T;
}

/**
 * Fails with `interaction_in_progress` when another tab holds the interaction lock. Used before a
 * redirect, which leaves the page and so cannot hold the lock itself.
 */
export async function assertNoInteractionElsewhere(): Promise<void> {
  await withInteractionLock(() => Promise.resolve());
}

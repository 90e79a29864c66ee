/**
 * MSAL 5 waits for a popup's answer without noticing that the customer closed it. Calls
 * `onClosed` once when a popup that was showing the provider's (cross-origin) page is closed,
 * after a grace period in which MSAL may still deliver an answer sent just before closing.
 * A page whose Cross-Origin-Opener-Policy cuts it off from its popups never sees them open, so
 * nothing is reported there and MSAL's own timeout applies. Returns a function that stops watching.
 */
export function watchPopupClosed(popup: Window, onClosed: () => void, interval = 500, grace = 1500): () => void {
  let sawProvider = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const timer = setInterval(() => {
    if (!popup.closed) {
      sawProvider ||= showsOtherOrigin(popup);
      return;
    }
    clearInterval(timer);
    if (sawProvider) graceTimer = setTimeout(onClosed, grace);
  }, interval);
  return () => {
    clearInterval(timer);
    clearTimeout(graceTimer);
  };
}

/** Reading another origin's address throws; the result is used so that minifiers keep the read. */
function showsOtherOrigin(popup: Window): boolean {
  try {
    return typeof popup.location.href !== 'string';
  } catch {
    return true;
  }
}

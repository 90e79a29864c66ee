export interface PopupWatch {
  /** The redirect bridge page: a popup closed there has delivered Microsoft's answer. */
  readonly bridgeUrl: string;
  /** Whether Microsoft's answer has arrived by another way (the token exchange has started). */
  readonly answered: () => boolean;
  readonly onClosed: () => void;
  /** Whether this page's Cross-Origin-Opener-Policy cuts it off from its popups (then they look closed once they leave for the provider). */
  readonly severed: () => Promise<boolean>;
  readonly interval?: number;
  /** Time for an answer sent just before closing to arrive over its BroadcastChannel. */
  readonly grace?: number;
}

/**
 * MSAL 5 waits for a popup's answer without noticing that the customer closed it. Calls
 * `onClosed` once when a sign-in popup is closed without answering, whatever it showed: still
 * blank because the provider is slow, the provider's page, or an error page. Noticed within
 * `interval + grace` (about half a second). A page whose Cross-Origin-Opener-Policy cuts it off
 * from its popups sees them closed as soon as they reach the provider: there, nothing is reported
 * and MSAL's own timeout applies. That policy is asked about as the watch starts, so that its
 * answer is there by the time the customer closes the popup; a slow answer delays the report, it
 * never drops it. Returns a function that stops watching.
 */
export function watchPopupClosed(popup: Window, watch: PopupWatch): () => void {
  const { bridgeUrl, answered, onClosed, severed, interval = 100, grace = 400 } = watch;
  const cutOff = severed();
  let stopped = false;
  let atBridge = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    if (!popup.closed) {
      atBridge = sameOriginHref(popup)?.startsWith(bridgeUrl) ?? false;
      timer = setTimeout(look, interval);
      return;
    }
    if (atBridge || answered()) return;
    const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, grace)));
    void Promise.all([cutOff, graceOver]).then(([severedFromPopup]) => {
      if (!stopped && !severedFromPopup && !answered()) onClosed();
    });
  };
  timer = setTimeout(look, interval);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The popup's address while it shows a page of this origin (or is blank); reading another origin's throws. */
function sameOriginHref(popup: Window): string | undefined {
  try {
    return popup.location.href;
  } catch {
    return undefined;
  }
}

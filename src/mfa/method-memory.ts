const KEY = 'bt-mfa-method';

/**
 * The customer's choice, kept in this tab's session storage so that a re-created element (or a
 * page seen again) shows it. It stays in the browser: nothing is sent.
 */
export function recallMethod(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberMethod(method: string): void {
  try {
    sessionStorage.setItem(KEY, method);
  } catch {
    // Storage blocked: the choice lives as long as the element.
  }
}

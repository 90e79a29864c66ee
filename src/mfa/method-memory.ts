import { isMfaMethod, type MfaMethod } from './methods.js';

const KEY = 'bt-mfa-method';

/**
 * The customer's choice, kept in this tab's session storage so that a re-created element (or a
 * page seen again) shows it. It stays in the browser: nothing is sent.
 */
export function recallMethod(): MfaMethod | undefined {
  try {
    const stored = sessionStorage.getItem(KEY) ?? undefined;
    return isMfaMethod(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMethod(method: MfaMethod): void {
  try {
    sessionStorage.setItem(KEY, method);
  } catch {
    // Storage blocked: the choice lives as long as the element.
  }
}

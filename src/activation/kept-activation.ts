// What the customer's tab keeps of an activation while it is under way, so that a reload, Back,
// or a switch to the App Store that reloads the page, loses nothing: the token (no longer in the
// address bar once read) and where the journey was. Session storage only: it stays in this tab,
// ends with it, and is never sent anywhere. The key prefix is not MSAL's: it loads nothing.

const TOKEN_KEY = 'bt-activation-token';
const JOURNEY_KEY = 'bt-activation-journey';

function read(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage blocked: the activation lives as long as the page
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage blocked or full: the page keeps working, a reload starts over.
  }
}

/** The activation token this tab received, once it has left the address bar. */
export function recallToken(): string | undefined {
  return read(TOKEN_KEY);
}

export function keepToken(token: string): void {
  write(TOKEN_KEY, token);
}

/** The activation is over (signed in) or the link can never work: forget it and where the journey was. */
export function forgetActivation(): void {
  write(TOKEN_KEY, undefined);
  write(JOURNEY_KEY, undefined);
}

/** Where a journey was, for the token it started with. */
export function recallJourney<T>(token: string | undefined): T | undefined {
  try {
    const kept = JSON.parse(read(JOURNEY_KEY) ?? 'null') as { token?: string; journey: T } | null;
    return kept && kept.token === token ? kept.journey : undefined;
  } catch {
    return undefined;
  }
}

export function keepJourney<T>(token: string | undefined, journey: T): void {
  write(JOURNEY_KEY, JSON.stringify({ token, journey }));
}

interface LitDevModeGlobal {
  litIssuedWarnings?: Set<string | undefined>;
}

/**
 * True when the page runs Lit's development build, which sets `litIssuedWarnings` on load:
 * configuration warnings follow Lit's own dev mode and stay silent in production builds.
 */
export function isDevMode(): boolean {
  return (globalThis as LitDevModeGlobal).litIssuedWarnings !== undefined;
}

/**
 * Warns the integrating developer once per element tag and message, in dev mode only.
 * Messages name the attribute at fault, never its value: it may be personal data.
 */
export function warnOnce(tagName: string, message: string): void {
  const global = globalThis as LitDevModeGlobal;
  const key = `${tagName.toLowerCase()}: ${message}`;
  if (!global.litIssuedWarnings || global.litIssuedWarnings.has(key)) return;
  global.litIssuedWarnings.add(key);
  console.warn(`<${tagName.toLowerCase()}> ${message}`);
}

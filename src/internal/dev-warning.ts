interface LitDevModeGlobal {
  litIssuedWarnings?: Set<string | undefined>;
}

/**
 * Warns the integrating developer once per element tag and message, only when the page runs
 * Lit's development build (which defines `litIssuedWarnings`): silent in production builds.
 * Messages name the attribute at fault, never its value: it may be personal data.
 */
export function warnOnce(tagName: string, message: string): void {
  const global = globalThis as LitDevModeGlobal;
  const key = `${tagName.toLowerCase()}: ${message}`;
  if (!global.litIssuedWarnings || global.litIssuedWarnings.has(key)) return;
  global.litIssuedWarnings.add(key);
  console.warn(`<${tagName.toLowerCase()}> ${message}`);
}

const issued = new Set<string>();

/**
 * Warns the integrating developer once per element tag and message. Call it only inside
 * `if (import.meta.env.DEV)`: the production build replaces that with `false` and drops the call
 * and its message; the development build (the `development` export condition, which Vite's dev
 * server uses) keeps them. Messages name the attribute at fault, never its value.
 */
export function warnOnce(tagName: string, message: string): void {
  const text = `<${tagName.toLowerCase()}> ${message}`;
  if (issued.has(text)) return;
  issued.add(text);
  console.warn(text);
}

/** Forgets the warnings already given, so that each test sees its own. */
export function resetWarnings(): void {
  issued.clear();
}

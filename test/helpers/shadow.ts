/**
 * The element's rendered text with template whitespace collapsed; non-breaking spaces are kept,
 * so that tests check French typography.
 */
export function textOf(root: Element | ShadowRoot | null | undefined): string {
  return (root?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** A part inside an element's shadow root. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot!.querySelector<T>(`[part~='${name}']`);
}

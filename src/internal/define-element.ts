/**
 * Registers an element unless the tag is already taken, so that two bundles of the library on
 * one page (or a hot reload) do not throw.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, constructor);
}

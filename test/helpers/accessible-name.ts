import type * as Axe from 'axe-core';

type AxeApi = typeof Axe;

/** axe-core, the one `expect(el).to.be.accessible()` loads, or loaded here first (it then reuses it). */
async function loadAxe(): Promise<AxeApi> {
  const global = window as unknown as { axe?: AxeApi };
  if (!global.axe) await import('axe-core');
  return global.axe!;
}

/**
 * The accessible name of `node` by the accname algorithm (axe-core's, across shadow roots), as
 * assistive technology announces it: whitespace collapsed, non-breaking spaces read as spaces.
 */
export async function accessibleName(node: Element): Promise<string> {
  const axe = await loadAxe();
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** The text of the elements `node`'s `aria-describedby` refers to, in its tree, in order. */
export function describedBy(node: Element): string[] {
  const root = node.getRootNode() as Document | ShadowRoot;
  return (node.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => (root.getElementById(id)?.textContent ?? `#${id} missing`).replace(/[ \t\n\r]+/g, ' ').trim());
}

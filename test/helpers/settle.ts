import { LitElement } from 'lit';

/** `root` and every element under it, shadow roots included. */
export function* deepElements(root: Element): Generator<Element> {
  yield root;
  for (const child of [...root.children, ...(root.shadowRoot?.children ?? [])]) yield* deepElements(child);
}

const snapshot = (root: Element) =>
  [...deepElements(root)].map((el) => (el.shadowRoot?.innerHTML ?? '') + el.getAttributeNames().join()).join('');

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Resolves once `root` and every Lit element inside it have settled: no update pending, and a
 * whole task (every promise a fake service resolved at once) went by without a change to what
 * they render. Fails, rather than hang, if they are still changing after 50 tasks.
 */
export async function settled(root: Element): Promise<void> {
  let before = snapshot(root);
  for (let task = 0; task < 50; task++) {
    const lit = [...deepElements(root)].filter((el): el is LitElement => el instanceof LitElement);
    await Promise.all(lit.map((el) => el.updateComplete));
    await nextTask();
    const after = snapshot(root);
    if (after === before && lit.every((el) => !el.isUpdatePending)) return;
    before = after;
  }
  throw new Error(`<${root.localName}> never settled`);
}

import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { getLocale, localeLoading, startLocalization } from '../localization.js';
import { capText, TEXT_LIMIT } from './cap-text.js';
import { takeTurn } from './turns.js';

/**
 * Base of every `bt-*` element: re-renders on locale changes, starts localization (following
 * `<html lang>`) the first time any element connects, renders first in the page's language,
 * marks its content with the language it renders in, and caps the length of every attribute
 * ({@link TEXT_LIMIT}).
 *
 * @ignore
 */
export class BtElement extends LitElement {
  // Every attribute is capped in length: an unbroken megabyte in a label froze the page for
  // 20 to 70 seconds; no sensible value comes near the limit.
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, capText(value, TEXT_LIMIT, this.localName, name));
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }

  // English shown on a French page, or French on a German one, is marked as such (WCAG 3.1.2). On
  // the shadow content, not the host: the host's `lang` is the page's to set, and it would also
  // mark the page's own slotted content.
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    for (const child of this.renderRoot.children) child.setAttribute('lang', getLocale());
  }

  // An English page is English at its first render: while its strings load, the element waits
  // rather than show French and switch, in the state `:state(loading)`, for which `undefined.css`
  // keeps the box it reserved for the undefined element.
  // Several elements upgrading at once render their first screens one task each (see takeTurn).
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      const loading = localeLoading();
      // Inside another element's shadow root there is no reserved room (undefined.css does not
      // reach it): such an element renders with its parent, at once.
      const waitsTurn = this.getRootNode() === document && takeTurn();
      if (loading || waitsTurn) {
        const states = (this.#internals ??= this.attachInternals()).states;
        states.add('loading');
        await Promise.all([loading?.catch(() => undefined), waitsTurn]);
        states.delete('loading');
      }
    }
    return super.scheduleUpdate();
  }

  #internals?: ElementInternals;
}

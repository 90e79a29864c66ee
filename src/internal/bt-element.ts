import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { startLocalization } from '../localization.js';

/**
 * Base of every `bt-*` element: re-renders on locale changes and starts localization
 * (following `<html lang>`) the first time any element connects.
 *
 * @ignore
 */
export class BtElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }
}

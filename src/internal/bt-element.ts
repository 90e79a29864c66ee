import { LitElement } from 'lit';
import { localized } from '@lit/localize';
import { startLocalization } from '../localization.js';

/**
 * Base of every `bt-*` element: re-renders on locale changes and starts localization
 * (following `<html lang>`) the first time any element connects.
 */
@localized()
export class BtElement extends LitElement {
  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }
}

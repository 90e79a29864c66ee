import { BtPasswordHint } from './password-hint.js';

if (!customElements.get('bt-password-hint')) customElements.define('bt-password-hint', BtPasswordHint);

declare global {
  interface HTMLElementTagNameMap {
    'bt-password-hint': BtPasswordHint;
  }
}

import { BtSigninButton } from './signin-button.js';

if (!customElements.get('bt-signin-button')) customElements.define('bt-signin-button', BtSigninButton);

declare global {
  interface HTMLElementTagNameMap {
    'bt-signin-button': BtSigninButton;
  }
}

import { BtActivationLanding } from './activation-landing.js';

if (!customElements.get('bt-activation-landing')) customElements.define('bt-activation-landing', BtActivationLanding);

declare global {
  interface HTMLElementTagNameMap {
    'bt-activation-landing': BtActivationLanding;
  }
}

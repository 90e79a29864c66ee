import { BtLostPhoneCard } from './lost-phone-card.js';

// The guard lets two copies of the library (or a hot reload) share a page without throwing.
if (!customElements.get('bt-lost-phone-card')) customElements.define('bt-lost-phone-card', BtLostPhoneCard);

declare global {
  interface HTMLElementTagNameMap {
    'bt-lost-phone-card': BtLostPhoneCard;
  }
}

import { defineElement } from '../../internal/define-element.js';
import { BtLostPhoneCard } from './lost-phone-card.js';

defineElement('bt-lost-phone-card', BtLostPhoneCard);

declare global {
  interface HTMLElementTagNameMap {
    'bt-lost-phone-card': BtLostPhoneCard;
  }
}

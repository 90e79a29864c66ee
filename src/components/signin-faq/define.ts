import { BtSigninFaq } from './signin-faq.js';

if (!customElements.get('bt-signin-faq')) customElements.define('bt-signin-faq', BtSigninFaq);

declare global {
  interface HTMLElementTagNameMap {
    'bt-signin-faq': BtSigninFaq;
  }
}

import { BtSigninFaq, provideFaqQuestions } from './signin-faq.js';

// Registers the element alone: its questions load when it is first shown. The journey and the
// define-all entry use this; the help centre's own entry (define.ts) brings the questions along.
provideFaqQuestions(() => import('../../faq/entries.js'));
if (!customElements.get('bt-signin-faq')) customElements.define('bt-signin-faq', BtSigninFaq);

declare global {
  interface HTMLElementTagNameMap {
    'bt-signin-faq': BtSigninFaq;
  }
}

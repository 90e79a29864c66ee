// The help centre's own entry point: a page that imports it shows the help centre, so the
// questions come with the element and its first render is complete (no "loading" flash, no
// second request). Pages that may never open help register the element alone (define-element).
// The search itself loads when the search field is first used.
import { FAQ_ENTRIES, FAQ_TOPICS, faqTopicTitle } from '../../faq/entries.js';
import { BtSigninFaq, provideFaqQuestions } from './signin-faq.js';

provideFaqQuestions({ FAQ_ENTRIES, FAQ_TOPICS, faqTopicTitle });
if (!customElements.get('bt-signin-faq')) customElements.define('bt-signin-faq', BtSigninFaq);

declare global {
  interface HTMLElementTagNameMap {
    'bt-signin-faq': BtSigninFaq;
  }
}

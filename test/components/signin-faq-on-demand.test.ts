import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/signin-faq/define-element.js';
import type { BtSigninFaq } from '../../src/components/signin-faq/signin-faq.js';

// Registered alone (as the journey and the define-all entry do), the element loads its
// questions when it is first shown. This file runs in its own page, where nothing provided them.
describe('<bt-signin-faq> registered alone', () => {
  it('says it is loading the help, then shows the questions', async () => {
    const el = await fixture<BtSigninFaq>(html`<bt-signin-faq></bt-signin-faq>`);
    const first = el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';
    expect(first).to.include('Chargement de l’aide…');
    expect(el.shadowRoot!.querySelectorAll('details').length).to.equal(0);

    await waitUntil(() => el.shadowRoot!.querySelector('details'), 'the questions never showed');
    expect(el.shadowRoot!.querySelectorAll('details').length).to.equal(14);
    expect(el.shadowRoot!.textContent).not.to.include('Chargement de l’aide…');
  });
});

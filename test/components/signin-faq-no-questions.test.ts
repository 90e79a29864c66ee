import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BtSigninFaq } from '../../src/components/signin-faq/signin-faq.js';

// A custom registration of the class that nobody gave questions to: the element says so in the
// customer's words instead of staying blank. This file runs in its own page, where nothing
// provided them.
customElements.define('custom-signin-faq', class extends BtSigninFaq {});

describe('<bt-signin-faq> with no questions', () => {
  it('shows that help could not be loaded', async () => {
    const el = await fixture<BtSigninFaq>(html`<custom-signin-faq></custom-signin-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert was shown');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('L’aide n’a pas pu être chargée.');
    expect(el.shadowRoot!.querySelectorAll('details').length).to.equal(0);
  });

  it('says it with the library’s one alert, in the error tone', async () => {
    const el = await fixture<BtSigninFaq>(html`<custom-signin-faq></custom-signin-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert was shown');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.matches('.alert[data-tone="error"]')).to.equal(true);
    expect(getComputedStyle(alert, '::before').content).to.equal('"×" / ""');
    await expect(el).to.be.accessible();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { str } from '@lit/localize';
import '../src/components/lost-phone-card/define.js';
import type { BtLostPhoneCard } from '../src/components/lost-phone-card/lost-phone-card.js';
import { templates } from '../src/generated/locales/en.js';
import { getLocale, LOCALE_STATUS_EVENT } from '../src/localization.js';
import { part } from './helpers/shadow.js';
import { localeReady } from './helpers/locale.js';

describe('localization on a French page', () => {
  // This file runs in its own page, in French from the start.
  const statuses: string[] = [];
  const record = (event: Event) => statuses.push((event as CustomEvent<{ status: string }>).detail.status);
  before(() => {
    document.documentElement.lang = 'fr';
    window.addEventListener(LOCALE_STATUS_EVENT, record);
  });
  after(() => {
    window.removeEventListener(LOCALE_STATUS_EVENT, record);
    document.documentElement.removeAttribute('lang');
  });

  it('renders the French source without starting the localization runtime', async () => {
    // The element chose its locale as it connected, before the fixture's first render completed.
    const el = await fixture<BtLostPhoneCard>(html`<bt-lost-phone-card email="a@b.fr"></bt-lost-phone-card>`);
    expect(part(el, 'title')!.textContent).to.equal('Téléphone perdu ou volé\u00a0?');
    expect(getLocale()).to.equal('fr');
    expect(statuses, 'no locale was loaded or set').to.deep.equal([]);
  });

  it('starts it when the page turns to English, and back', async () => {
    const el = await fixture<BtLostPhoneCard>(html`<bt-lost-phone-card email="a@b.fr"></bt-lost-phone-card>`);
    const english = localeReady('en');
    document.documentElement.lang = 'en';
    await english;
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');

    const french = localeReady('fr');
    document.documentElement.lang = 'fr';
    await french;
    await el.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect(part(el, 'title')!.textContent).to.equal('Téléphone perdu ou volé\u00a0?');
  });

  it('ships locale modules whose `str` builds what @lit/localize’s does', () => {
    const withValues = Object.values(templates).filter((template) => typeof template !== 'string');
    expect(withValues.length).to.be.greaterThan(0);
    for (const template of withValues) {
      const { strings, values } = template as unknown as { strings: TemplateStringsArray; values: unknown[] };
      expect(template).to.deep.equal(str(strings, ...values));
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/lost-phone-card/define.js';
import type { BtLostPhoneCard } from '../src/components/lost-phone-card/lost-phone-card.js';
import { getLocale, resolveLocale, setLocale, LOCALE_STATUS_EVENT } from '../src/localization.js';
import { part } from './helpers/shadow.js';
import { localeReady, setDocumentLang } from './helpers/locale.js';

describe('localization', () => {
  // This file runs in its own page: the first element connects with <html lang="en-GB">.
  before(() => document.documentElement.setAttribute('lang', 'en-GB'));
  after(() => document.documentElement.removeAttribute('lang'));

  it('resolves any language tag to French or English, French by default', () => {
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('EN_us')).to.equal('en');
    expect(resolveLocale('fr-BE')).to.equal('fr');
    expect(resolveLocale('de')).to.equal('fr');
    expect(resolveLocale('')).to.equal('fr');
    expect(resolveLocale(undefined)).to.equal('fr');
  });

  it('follows <html lang> until the host sets a locale', async () => {
    const ready = localeReady('en');
    const el = await fixture<BtLostPhoneCard>(html`<bt-lost-phone-card email="a@b.fr"></bt-lost-phone-card>`);
    await ready;
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');

    const french = localeReady('fr');
    document.documentElement.lang = 'fr';
    await french;
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Téléphone perdu ou volé\u00a0?');

    await setLocale('en');
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');

    // An explicit choice wins over later changes of <html lang>.
    const statuses: string[] = [];
    const record = (event: Event) => statuses.push((event as CustomEvent<{ status: string }>).detail.status);
    window.addEventListener(LOCALE_STATUS_EVENT, record);
    await setDocumentLang('fr');
    window.removeEventListener(LOCALE_STATUS_EVENT, record);
    await el.updateComplete;
    expect(statuses, 'no switch started').to.deep.equal([]);
    expect(getLocale()).to.equal('en');
    expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');
  });
});

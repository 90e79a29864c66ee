import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/lost-phone-card/define.js';
import type { BtLostPhoneCard } from '../src/components/lost-phone-card/lost-phone-card.js';
import { getLocale, resolveLocale, setLocale, LOCALE_STATUS_EVENT } from '../src/localization.js';
import { part } from './helpers/shadow.js';

function localeReady(locale: string) {
  return new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
}

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

    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Téléphone perdu ou volé\u00a0?');

    await setLocale('en');
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');

    // An explicit choice wins over later changes of <html lang>.
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(part(el, 'title')!.textContent).to.equal('Lost or stolen phone?');
  });
});

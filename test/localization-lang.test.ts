import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/components/lost-phone-card/define.js';
import '../src/components/signin-button/define.js';
import { setLocale } from '../src/localization.js';
import './helpers/lit-warnings.js';
import { localeReady } from './helpers/locale.js';
import { part } from './helpers/shadow.js';

// This file runs in its own page: the first element connects with <html lang="de">, a language
// the elements do not speak (issue 19, language of parts: RGAA 8.7, WCAG 3.1.2).

/** The language of each top element of the shadow content: what a screen reader reads it in. */
const languages = (el: Element) =>
  [...el.shadowRoot!.children].map((child) => child.closest('[lang]')?.getAttribute('lang'));

describe('the language of the elements’ content', () => {
  before(() => document.documentElement.setAttribute('lang', 'de'));
  after(() => document.documentElement.removeAttribute('lang'));

  it('marks French shown on a German page as French, and English on a French page as English', async () => {
    const page = await fixture(
      html`<div>
        <bt-lost-phone-card email="a@b.fr"></bt-lost-phone-card>
        <bt-signin-button lang="fr-CA"></bt-signin-button>
      </div>`,
    );
    const card = page.querySelector<LitElement>('bt-lost-phone-card')!;
    const button = page.querySelector<LitElement>('bt-signin-button')!;
    await Promise.all([card, button].map((el) => el.updateComplete));
    expect(part(card, 'title')!.textContent).to.equal('Téléphone perdu ou volé\u00a0?');
    expect(languages(card)).to.deep.equal(['fr']);
    expect(languages(button).every((lang) => lang === 'fr')).to.equal(true);

    // The host page says French; the host application switches the elements to English.
    document.documentElement.lang = 'fr';
    const english = localeReady('en');
    await setLocale('en');
    await english;
    await card.updateComplete;
    await button.updateComplete;
    expect(part(card, 'title')!.textContent).to.equal('Lost or stolen phone?');
    expect(languages(card)).to.deep.equal(['en']);
    expect(languages(button).every((lang) => lang === 'en')).to.equal(true);
    // The hosts keep what the page set, or nothing.
    expect(card.hasAttribute('lang')).to.equal(false);
    expect(button.getAttribute('lang')).to.equal('fr-CA');

    await setLocale('fr');
    await card.updateComplete;
    expect(languages(card)).to.deep.equal(['fr']);
  });
});

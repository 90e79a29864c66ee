import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/password-hint/define.js';
import type { BtPasswordHint } from '../../src/components/password-hint/password-hint.js';
import { setLocale } from '../../src/localization.js';
import '../helpers/lit-warnings.js';
import { part, textOf } from '../helpers/shadow.js';

for (const locale of ['fr', 'en'] as const) {
  describe(`<bt-password-hint> in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it('explains where and how the password is created, and never asks for it', async () => {
      const el = await fixture<BtPasswordHint>(html`<bt-password-hint></bt-password-hint>`);
      const text = textOf(el.shadowRoot);
      if (locale === 'fr') {
        expect(text).to.contain('Vous le créerez sur la page Microsoft');
        expect(text).to.contain('vous pouvez reprendre celui de l’ancien Espace Client');
        expect(text).to.contain('https://login.microsoftonline.com/');
        expect(text).to.contain('Baker Tilly ne vous demandera jamais votre mot de passe ni vos codes');
      } else {
        expect(text).to.contain('You will create it on the Microsoft page');
        expect(text).to.contain('you may reuse the one from the former Espace Client');
        expect(text).to.contain('Baker Tilly will never ask for your password or your verification codes');
      }
      expect(el.shadowRoot!.querySelector('input, textarea, select, [contenteditable], meter, progress')).to.equal(
        null,
      );
      expect(part(el, 'requirements')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves its heading out with no-heading, its group still named', async () => {
      const el = await fixture<BtPasswordHint>(html`<bt-password-hint no-heading></bt-password-hint>`);
      expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect(part(el, 'title')).to.equal(null);
      expect(part(el, 'base')?.getAttribute('aria-label')).to.equal(
        locale === 'fr' ? 'Votre mot de passe' : 'Your password',
      );
      expect(part(el, 'base')?.hasAttribute('aria-labelledby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('lists the configured requirements as information', async () => {
      const el = await fixture<BtPasswordHint>(
        html`<bt-password-hint
          min-length="12"
          requires="uppercase digit nonsense symbol"
          login-host="bt.ciamlogin.com"
        ></bt-password-hint>`,
      );
      const items = [...part(el, 'requirements')!.querySelectorAll('li')].map((li) => textOf(li));
      expect(items).to.deep.equal(
        locale === 'fr'
          ? [
              'au moins 12 caractères',
              'une lettre majuscule',
              'un chiffre',
              'un caractère spécial (par exemple « ! » ou « # »)',
            ]
          : ['at least 12 characters', 'an uppercase letter', 'a digit', 'a special character (for example ! or #)'],
      );
      expect(textOf(el.shadowRoot)).to.contain('https://bt.ciamlogin.com/');
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('breaks the sign-in host only after its dots in a narrow column (never « ciamlogin.c om »)', async () => {
      const el = await fixture<BtPasswordHint>(
        html`<bt-password-hint
          login-host="bakertillyclients.ciamlogin.com"
          style="inline-size: 12rem"
        ></bt-password-hint>`,
      );
      const item = [...el.shadowRoot!.querySelectorAll('li')].find((li) => li.querySelector('wbr'))!;
      expect(textOf(item)).to.contain('https://bakertillyclients.ciamlogin.com/');
      // Each label of the host is a text node of its own after a <wbr>, laid out on one line.
      expect(item.querySelectorAll('wbr').length).to.equal(3);
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      const labels: Text[] = [];
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (['bakertillyclients.', 'ciamlogin.', 'com'].includes(node.data)) labels.push(node);
      }
      expect(labels.map((node) => node.data)).to.deep.equal(['bakertillyclients.', 'ciamlogin.', 'com']);
      for (const node of labels) {
        const range = document.createRange();
        range.selectNodeContents(node);
        expect(range.getClientRects().length, node.data).to.equal(1);
      }
      await expect(el).to.be.accessible();
    });
  });
}

describe('<bt-password-hint> defaults', () => {
  it('has documented defaults and an h3 heading', async () => {
    const el = await fixture<BtPasswordHint>(html`<bt-password-hint></bt-password-hint>`);
    expect(el.minLength).to.equal(0);
    expect(el.requires).to.equal('');
    // Empty: the host comes from the configured authority, Microsoft Entra's without one.
    expect(el.loginHost).to.equal('');
    expect(el.shadowRoot!.textContent).to.contain('https://login.microsoftonline.com/');
    expect(part(el, 'title')!.localName).to.equal('h3');
  });
});

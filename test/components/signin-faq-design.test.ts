import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/signin-faq/define.js';
import type { BtSigninFaq } from '../../src/components/signin-faq/signin-faq.js';
import { matchedWords } from '../../src/faq/search.js';
import { setLocale } from '../../src/localization.js';
import '../helpers/lit-warnings.js';
import { textOf } from '../helpers/shadow.js';

// Issue 20, item 10: the help centre's layout, its search's icon, placeholder and highlights, the
// lost-phone answer's call button and the copy of a link to an answer.

async function faq(template = html`<bt-signin-faq></bt-signin-faq>`) {
  const el = await fixture<BtSigninFaq>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('details'), 'the questions never showed');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: BtSigninFaq, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

async function search(el: BtSigninFaq, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const marks = (root: Element) => [...root.querySelectorAll('mark')].map((mark) => mark.textContent);
const results = (el: BtSigninFaq) => textOf($(el, '[part~="results"]'));

/** Replaces the clipboard's `writeText` for one test; returns what it was asked to copy. */
function clipboard(outcome: 'granted' | 'refused') {
  const copied: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: (text: string) => {
      copied.push(text);
      return outcome === 'granted' ? Promise.resolve() : Promise.reject(new DOMException('denied', 'NotAllowedError'));
    },
  });
  return copied;
}

describe('<bt-signin-faq> layout', () => {
  before(() => setLocale('fr'));
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('draws its own chevron inside the question’s row, turned down when open, and indents the answer', async () => {
    const el = await faq();
    const details = $<HTMLDetailsElement>(el, '#faq-data')!;
    const summary = details.querySelector('summary')!;
    expect(getComputedStyle(summary).display, 'no native marker: the row is laid out').to.equal('flex');
    const chevron = getComputedStyle(summary, '::before');
    expect(chevron.borderRightWidth).to.equal('2px');
    expect(chevron.rotate).to.equal('-45deg');
    summary.click();
    await el.updateComplete;
    expect(getComputedStyle(summary, '::before').rotate).to.equal('45deg');
    // The chevron sits inside the row, and the answer starts under the question's text.
    const row = summary.getBoundingClientRect();
    const text = document.createRange();
    text.selectNodeContents(summary);
    const paragraph = details.querySelector('[part~="answer"] p')!.getBoundingClientRect();
    expect(text.getBoundingClientRect().left - row.left, 'room for the chevron').to.be.greaterThan(16);
    expect(Math.abs(paragraph.left - text.getBoundingClientRect().left), 'answer under the question').to.be.lessThan(4);
  });

  it('keeps the chevron in forced colours, with the text’s system colour', async () => {
    const el = await faq();
    await emulateMedia({ forcedColors: 'active' });
    const summary = $(el, 'summary')!;
    const chevron = getComputedStyle(summary, '::before');
    expect(chevron.borderBottomWidth).to.equal('2px');
    expect(chevron.borderBottomColor).to.equal(getComputedStyle(summary).color);
    expect(chevron.borderBottomColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('sets questions lighter than the group headings, which stay headings at heading-level', async () => {
    const el = await faq(html`<bt-signin-faq heading-level="3"></bt-signin-faq>`);
    const heading = $(el, '[part~="topic-title"]')!;
    expect(heading.localName).to.equal('h3');
    const weight = (node: Element) => Number(getComputedStyle(node).fontWeight);
    expect(weight($(el, 'summary')!)).to.be.lessThan(weight(heading));
    expect(weight(heading)).to.be.at.least(700);
  });

  it('shows a hover state on a question and a focus ring on the keyboard', async () => {
    const el = await faq();
    const summary = $(el, 'summary')!;
    const before = getComputedStyle(summary).backgroundColor;
    summary.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === summary).to.equal(true);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    // Hover, through the stylesheet's rule (no pointer is moved in this test).
    const hover = [...el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].find(
      (rule) => rule instanceof CSSStyleRule && rule.selectorText.includes('summary:hover'),
    ) as CSSStyleRule | undefined;
    expect(hover?.cssText, 'a hover background').to.contain('background');
    expect(before).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('<bt-signin-faq> search field', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`has an icon, a label and a placeholder that is not the label (${locale})`, async () => {
      await setLocale(locale);
      try {
        const el = await faq();
        const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
        const icon = $(el, '.field svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(textOf(input.labels![0])).to.equal(locale === 'fr' ? 'Rechercher dans l’aide' : 'Search the help');
        expect(input.placeholder).to.equal(
          locale === 'fr' ? 'Ex.\u00a0: téléphone perdu, lien expiré' : 'e.g. lost phone, expired link',
        );
        // The icon sits inside the field, before the text.
        const box = input.getBoundingClientRect();
        const drawn = icon.getBoundingClientRect();
        expect(
          drawn.left > box.left && drawn.right < box.left + Number.parseFloat(getComputedStyle(input).paddingLeft),
        ).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        await setLocale('fr');
      }
    });
  }
});

describe('<bt-signin-faq> highlights', () => {
  before(() => setLocale('fr'));
  after(() => setLocale('fr'));

  it('marks the words found in questions and answers, accents ignored, and keeps the text', async () => {
    const el = await faq();
    await search(el, 'telephone perdu');
    const lost = $<HTMLDetailsElement>(el, '#faq-lost-phone')!;
    expect(marks(lost.querySelector('summary')!)).to.deep.equal(['perds', 'téléphone']);
    expect(textOf(lost.querySelector('summary'))).to.equal(
      'Comment faire si je perds ou qu’on me vole mon téléphone\u00a0?',
    );
    expect(marks(lost.querySelector('[part~="answer"]')!)).to.include.members(['perte', 'téléphone']);
    // The count is still said.
    await waitUntil(() => results(el) === '1 question correspond.', 'the count was never said');
    await expect(el).to.be.accessible();
    // Back to the list: no mark left.
    await search(el, '');
    expect(el.shadowRoot!.querySelectorAll('mark').length).to.equal(0);
  });

  it('marks in English too', async () => {
    await setLocale('en');
    const el = await faq();
    await search(el, 'lost phone');
    const summary = $(el, '#faq-lost-phone summary')!;
    expect(marks(summary)).to.deep.equal(['phone', 'lost']);
    await setLocale('fr');
  });

  it('stays text with markup, patterns or quotes typed in the search', async () => {
    const el = await faq();
    for (const query of ['<img src=x onerror=alert(1)> téléphone', '.*(+[', '"><mark>x</mark> perdu']) {
      await search(el, query);
      expect(el.shadowRoot!.querySelector('img'), query).to.equal(null);
      for (const mark of el.shadowRoot!.querySelectorAll('mark')) {
        // Only text inside (and Lit's comment markers): no element.
        expect(mark.children.length, query).to.equal(0);
        expect(mark.textContent, query).not.to.contain('<');
      }
    }
    await search(el, '"><mark>x</mark> perdu');
    expect(marks($(el, '#faq-lost-phone summary')!)).to.deep.equal(['perds']);
  });

  it('cuts a text into pieces that join back into it, the odd ones the words found', () => {
    const cut = matchedWords('TÉLÉPHONE pèrdu');
    const text = 'En cas de perte ou de vol de votre téléphone, contactez…';
    const pieces = cut(text);
    expect(pieces.join('')).to.equal(text);
    expect(pieces.filter((_, index) => index % 2)).to.deep.equal(['perte', 'téléphone']);
    expect(matchedWords('')('Rien à marquer')).to.deep.equal(['Rien à marquer']);
    expect(matchedWords('de la')('de la')).to.deep.equal(['de la']);
  });
});

describe('<bt-signin-faq> call button', () => {
  before(() => setLocale('fr'));

  it('ends the lost-phone answer with a button that calls customer service, keeping its text', async () => {
    const el = await faq(html`<bt-signin-faq phone="01 23 45 67 89"></bt-signin-faq>`);
    const answer = $(el, '#faq-lost-phone [part~="answer"]')!;
    const call = answer.querySelector<HTMLAnchorElement>('[part~="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:0123456789');
    expect(textOf(call)).to.equal('Appeler le service client 01 23 45 67 89');
    expect(textOf(answer)).to.contain('contactez au plus vite le service client');
    expect(getComputedStyle(call).backgroundColor, 'drawn as a button').not.to.equal('rgba(0, 0, 0, 0)');
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    expect(el.shadowRoot!.querySelectorAll('[part~="call"]').length, 'only under that answer').to.equal(1);
    $<HTMLDetailsElement>(el, '#faq-lost-phone')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('is left out without a usable phone number', async () => {
    for (const phone of ['', 'call us']) {
      const el = await faq(html`<bt-signin-faq phone=${phone}></bt-signin-faq>`);
      expect($(el, '[part~="call"]'), phone).to.equal(null);
      expect(textOf($(el, '#faq-lost-phone [part~="answer"]'))).to.contain('contactez au plus vite le service client');
    }
  });

  it('says « Call » in English', async () => {
    await setLocale('en');
    const el = await faq(html`<bt-signin-faq phone="+33 1 23 45 67 89"></bt-signin-faq>`);
    expect(textOf($(el, '[part~="call"]'))).to.equal('Call customer service +33 1 23 45 67 89');
    expect($(el, '[part~="call"]')!.getAttribute('href')).to.equal('tel:+33123456789');
    await setLocale('fr');
  });
});

describe('<bt-signin-faq> copy of a link to an answer', () => {
  const home = location.pathname + location.search;
  const writeText = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
  before(() => setLocale('fr'));
  afterEach(() => {
    history.replaceState(null, '', home);
    if (!writeText) delete (navigator.clipboard as { writeText?: unknown }).writeText;
  });

  it('is an icon button named in words, reached with Tab after the open question', async () => {
    const el = await faq();
    const details = $<HTMLDetailsElement>(el, '#faq-data')!;
    const button = details.querySelector<HTMLButtonElement>('[part~="permalink"]')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Copier le lien vers cette réponse');
    expect(textOf(button), 'no visible text: an icon').to.equal('');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(button.checkVisibility(), 'hidden while closed').to.equal(false);
    details.open = true;
    await el.updateComplete;
    expect(button.getBoundingClientRect().width).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('copies the answer’s address with the keyboard and says « Lien copié »', async () => {
    const copied = clipboard('granted');
    history.replaceState(null, '', `${home}#elsewhere`);
    const el = await faq();
    const details = $<HTMLDetailsElement>(el, '#faq-deadline')!;
    details.open = true;
    await el.updateComplete;
    const button = details.querySelector<HTMLButtonElement>('[part~="permalink"]')!;
    const idle = button.innerHTML;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === button).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => results(el) === 'Lien copié.', 'nothing was said');
    expect(copied).to.deep.equal([`${location.origin}${home}#faq-deadline`]);
    expect(button.innerHTML, 'the icon shows it was copied').not.to.equal(idle);
    expect(el.shadowRoot!.activeElement === button, 'focus stays').to.equal(true);
    expect(location.hash, 'the page stays where it was').to.equal('#elsewhere');
    // A second copy is said again.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(results(el)));
    observer.observe($(el, '[part~="results"]')!, { childList: true, subtree: true, characterData: true });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => said.includes('Lien copié.'), 'the second copy was not said');
    observer.disconnect();
    expect(copied).to.have.length(2);
    // Typing a search gives the region back to the count.
    await search(el, 'zzzz');
    await waitUntil(() => results(el).startsWith('Aucune question'), 'the count did not come back');
  });

  it('says it in the live region also without a search field, in English', async () => {
    clipboard('granted');
    await setLocale('en');
    try {
      const el = await faq(html`<bt-signin-faq topic="journey" no-search></bt-signin-faq>`);
      const region = $(el, '[part~="results"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      const button = $<HTMLButtonElement>(el, '#faq-data [part~="permalink"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Copy link to this answer');
      $<HTMLDetailsElement>(el, '#faq-data')!.open = true;
      button.click();
      await waitUntil(() => textOf(region) === 'Link copied.', 'nothing was said');
      await expect(el).to.be.accessible();
    } finally {
      await setLocale('fr');
    }
  });

  it('puts the link in the page’s address, and says so, when the browser refuses to copy', async () => {
    clipboard('refused');
    const el = await faq();
    const details = $<HTMLDetailsElement>(el, '#faq-apple')!;
    details.open = true;
    const button = details.querySelector<HTMLButtonElement>('[part~="permalink"]')!;
    const idle = button.innerHTML;
    button.click();
    await waitUntil(() => results(el).startsWith('Le lien n’a pas pu être copié'), 'nothing was said');
    expect(results(el)).to.equal(
      'Le lien n’a pas pu être copié\u00a0: copiez l’adresse de la page, qui mène maintenant à cette réponse.',
    );
    expect(location.hash).to.equal('#faq-apple');
    expect(button.innerHTML, 'no sign of a copy').to.equal(idle);
    expect(details.open).to.equal(true);
  });

  it('falls back the same way where the page has no clipboard (an insecure page)', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      const el = await faq();
      $<HTMLButtonElement>(el, '#faq-data [part~="permalink"]')!.click();
      await waitUntil(() => location.hash === '#faq-data', 'the address never changed');
      await waitUntil(() => results(el).startsWith('Le lien n’a pas pu être copié'), 'nothing was said');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(navigator.clipboard === undefined).to.equal(false);
  });
});

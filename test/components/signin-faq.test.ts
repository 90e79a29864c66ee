import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/signin-faq/define.js';
import type { BtSigninFaq } from '../../src/components/signin-faq/signin-faq.js';
import { searchable } from '../../src/faq/search.js';
import { setLocale } from '../../src/localization.js';
import { useFakeClock } from '../helpers/clock.js';
import '../helpers/lit-warnings.js';
import { textOf } from '../helpers/shadow.js';

/** Every question of ../shared/seed/espace-client-faq.md, as written there. */
const SEED_QUESTIONS = [
  'Suis-je obligé de créer ce compte Microsoft ?',
  "Est-ce que le fait de créer un compte Microsoft signifie que j'aurai une nouvelle boîte mail ?",
  "J'ai déjà un compte Microsoft, est-ce que cela va poser problème ?",
  'Pourquoi dois-je utiliser mon téléphone pour créer ce compte Microsoft ?',
  'A quoi sert la double authentification ?',
  "A quoi sert l'application Microsoft Authenticator ?",
  "Suis-je obligé de télécharger l'application Microsoft Authenticator ?",
  "Comment faire si je perds ou qu'on me vole mon téléphone ?",
  "Je n'ai pas de téléphone professionnel, comment faire ?",
  "Dois-je refaire le parcours de connexion à chaque fois que je veux accéder à l'espace client ?",
  'Quel mot de passe dois-je utiliser ?',
  'Où vont mes données ?',
  "Est-ce que le fait d'utiliser un produit Apple (Macbook Pro, Iphone, Ipad...) pose problème ?",
  "Est-ce qu'il y a une date limite pour faire cette action ?",
];

// Typography differs on purpose (« À », ’, non-breaking spaces, «…»): compare the words.
const words = (text: string) =>
  searchable(text)
    .replace(/\.\.\.|…/g, '')
    .replace(/[^a-z0-9' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const questions = (el: BtSigninFaq) =>
  [...el.shadowRoot!.querySelectorAll('summary')].map((summary) => textOf(summary));
const visible = (el: BtSigninFaq) => [...el.shadowRoot!.querySelectorAll('details')].map((details) => details.id);

/** The FAQ, once its questions (loaded on demand) are shown. */
async function faq(template = html`<bt-signin-faq></bt-signin-faq>`) {
  const el = await fixture<BtSigninFaq>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('details'), 'the questions never showed');
  await el.updateComplete;
  return el;
}

/** Changes the address's fragment; resolves once the element has handled it and rendered. */
async function changeHash(hash: string, el: BtSigninFaq) {
  // The element listens since it connected, so its listener has run when this one is called.
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
  await el.updateComplete;
}

async function search(el: BtSigninFaq, query: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** The count the live region says once typing paused (it waits for the pause). */
async function counted(el: BtSigninFaq): Promise<string> {
  const results = () => textOf(el.shadowRoot!.querySelector('[part~="results"]'));
  await waitUntil(() => results() !== '', 'the count was never said');
  return results();
}

describe('<bt-signin-faq> from its own entry point', () => {
  it('has its questions at the first render: no loading step', async () => {
    const el = await fixture<BtSigninFaq>(html`<bt-signin-faq></bt-signin-faq>`);
    expect(el.shadowRoot!.querySelectorAll('details').length).to.equal(SEED_QUESTIONS.length);
    expect(el.shadowRoot!.textContent).not.to.include('Chargement');
  });
});

describe('<bt-signin-faq> content', () => {
  before(() => setLocale('fr'));

  it('has every question of the FAQ, in order', async () => {
    const el = await faq();
    expect(questions(el).map(words)).to.deep.equal(SEED_QUESTIONS.map(words));
  });

  it('groups them as the FAQ does, as native disclosures', async () => {
    const el = await faq();
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="topic-title"]')].map((title) => textOf(title));
    expect(titles).to.deep.equal([
      'Compte Microsoft',
      'Utilisation du téléphone',
      'Les étapes du parcours de connexion',
    ]);
    const first = el.shadowRoot!.querySelector('details')!;
    expect(first.open).to.equal(false);
    first.querySelector('summary')!.click();
    expect(first.open).to.equal(true);
  });

  it('renders each fact of the FAQ', async () => {
    const el = await faq();
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    const text = textOf(el.shadowRoot);
    for (const fact of [
      'seule possibilité',
      'ne vous restera plus qu’à paramétrer la double authentification',
      'App Store (iPhone) ou du Play Store (Android)',
      'tend à être supprimée',
      'contactez au plus vite le service client',
      'C.\u00a0trav. art.\u00a0L.\u00a01121-1',
      'à faire une seule fois',
      'reprendre celui que vous utilisiez auparavant',
      'gérées par Baker Tilly',
      'aucune incompatibilité avec iOS',
      'durée de validité d’un mois',
      'le régénérer',
    ]) {
      expect(text, fact).to.contain(fact);
    }
  });
});

for (const locale of ['fr', 'en'] as const) {
  describe(`<bt-signin-faq> in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it('shows every question and is accessible, closed and open', async () => {
      const el = await faq();
      expect(questions(el)).to.have.length(14);
      await expect(el).to.be.accessible();
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      await expect(el).to.be.accessible();
    });

    it('finds the lost-phone answer without accents, and says how many match', async () => {
      const el = await faq();
      await search(el, locale === 'fr' ? 'telephone perdu' : 'lost phone');
      expect(visible(el)).to.deep.equal(['faq-lost-phone']);
      expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-lost-phone')!.open).to.equal(true);
      expect(await counted(el)).to.equal(locale === 'fr' ? '1 question correspond.' : '1 question matches.');
      await search(el, locale === 'fr' ? 'lien expiré' : 'expired');
      expect(visible(el)[0]).to.equal('faq-deadline');
      await search(el, 'SMS');
      expect(visible(el)[0]).to.equal('faq-authenticator-required');
      await search(el, 'zzzz');
      expect(visible(el)).to.deep.equal([]);
      expect(await counted(el)).to.contain(locale === 'fr' ? 'Aucune question ne correspond.' : 'No question matches.');
      await expect(el).to.be.accessible();
    });
  });
}

describe('<bt-signin-faq> behaviour', () => {
  before(() => setLocale('fr'));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('finds "téléphone perdu" from "telephone perdu" and "TÉLÉPHONE" from "telephone"', async () => {
    const el = await faq();
    await search(el, 'TELEPHONE PERDU');
    expect(visible(el)).to.deep.equal(['faq-lost-phone']);
    await search(el, 'mot de passe');
    expect(visible(el)).to.include('faq-which-password');
  });

  it('shows matches best first, out of their topics, keeps the field and announces the count', async () => {
    const el = await faq();
    const input = el.shadowRoot!.querySelector('input');
    await search(el, 'nouveau lien');
    expect(visible(el)[0]).to.equal('faq-deadline');
    expect(el.shadowRoot!.querySelector('[part~="topic-title"]')).to.equal(null);
    await search(el, 'Mon lien a expiré, comment en avoir un nouveau ?');
    expect(visible(el)[0]).to.equal('faq-deadline');
    await search(el, 'obligatoire');
    expect(visible(el)).to.have.members(['faq-account-required', 'faq-authenticator-required']);
    expect(await counted(el)).to.equal('2 questions correspondent.');
    // Typing never rebuilds the field (focus and caret stay).
    expect(el.shadowRoot!.querySelector('input')).to.equal(input);
    await search(el, '');
    expect(visible(el)).to.have.length(14);
    expect(el.shadowRoot!.querySelectorAll('[part~="topic-title"]')).to.have.length(3);
    expect(textOf(el.shadowRoot!.querySelector('[part~="results"]'))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says the count once typing pauses, not at each key (issue 19)', async () => {
    const el = await faq();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const results = el.shadowRoot!.querySelector('[part~="results"]')!;
    expect(getComputedStyle(results).display, 'the live region is there before its first message').not.to.equal('none');
    input.focus();
    await el.updateComplete;
    // Everything the live region says, as a screen reader hears it.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(textOf(results)));
    observer.observe(results, { childList: true, characterData: true, subtree: true });
    const clock = useFakeClock('2026-11-25T15:00:00Z');
    try {
      for (const key of 'mot de passe') {
        await sendKeys({ type: key });
        await el.updateComplete;
        await clock.tick(150);
      }
      expect(visible(el), 'the questions follow each key').to.include('faq-which-password');
      expect(said.filter(Boolean), 'nothing said while typing').to.deep.equal([]);
      await clock.tick(500);
      await el.updateComplete;
      expect(said.filter(Boolean)).to.have.length(1);
      expect(textOf(results)).to.match(/^\d+ questions? correspond/);
    } finally {
      clock.restore();
      observer.disconnect();
    }
  });

  it('works with the keyboard: Tab to the search, type, Tab to a question, Enter opens its answer (issue 19)', async () => {
    const el = await faq();
    const root = el.shadowRoot!;
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement, 'the search comes first').to.equal(root.querySelector('input[type="search"]'));
    await sendKeys({ type: 'microsoft' });
    await el.updateComplete;
    expect(await counted(el)).to.equal('6 questions correspondent.');
    const first = root.querySelector<HTMLDetailsElement>('[part~="matches"] details')!;
    expect(first.open, 'more than three matches: shown closed').to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(first.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('aria-label'), 'then the copy of its link').to.equal(
      'Copier le lien vers cette réponse',
    );
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.open, 'Space closes it again').to.equal(false);
  });

  it('shows only the questions of the requested topics', async () => {
    const phone = await faq(html`<bt-signin-faq topic="phone"></bt-signin-faq>`);
    expect(visible(phone)).to.deep.equal([
      'faq-why-phone',
      'faq-two-factor-purpose',
      'faq-authenticator-purpose',
      'faq-authenticator-required',
      'faq-lost-phone',
      'faq-personal-phone',
    ]);
    const two = await faq(html`<bt-signin-faq topic="account journey" no-search></bt-signin-faq>`);
    expect(visible(two)).to.have.length(8);
    expect(two.shadowRoot!.querySelector('input')).to.equal(null);
  });

  it('opens the answer a link points to, on load and when the address changes', async () => {
    history.replaceState(null, '', '#faq-deadline');
    const el = await faq();
    await waitUntil(() => el.shadowRoot!.activeElement, 'the linked question never took focus');
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-deadline')!.open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('date limite');
    await changeHash('#faq-data', el);
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-data')!.open).to.equal(true);
    expect(el.shadowRoot!.querySelector('#faq-data [part~="permalink"]')?.localName).to.equal('button');
  });

  it('shows every question, none open, for a link with a malformed escape', async () => {
    history.replaceState(null, '', '#faq-%E0%A4%A');
    const el = await faq();
    await changeHash('#faq-%E0', el);
    expect(el.shadowRoot!.querySelectorAll('details[open]')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('details').length).to.be.greaterThan(10);
  });
});

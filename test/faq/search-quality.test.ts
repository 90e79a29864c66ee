import { expect } from '@open-wc/testing';
import { FAQ_ENTRIES } from '../../src/faq/entries.js';
import { searchFaq } from '../../src/faq/search.js';
import { setLocale } from '../../src/localization.js';
import type { FaqQuery } from './faq-query.js';
import { QUERIES_EN } from './queries.en.js';
import { QUERIES_FR } from './queries.fr.js';

// Issue 17: the help search must find what customers type. Measured on realistic queries in each
// language: the right answer must be among the first three results for at least 90 % of them.
const TARGET = 0.9;

const ids = (query: string) => searchFaq(FAQ_ENTRIES, query).map((entry) => entry.id);

function topThreeRate(queries: readonly FaqQuery[]) {
  const missed: string[] = [];
  for (const [query, ...right] of queries) {
    const found = ids(query);
    if (!found.slice(0, 3).some((id) => right.includes(id))) missed.push(`${query} → ${found.join(', ') || '∅'}`);
  }
  return { rate: 1 - missed.length / queries.length, missed };
}

for (const [locale, queries] of [
  ['fr', QUERIES_FR],
  ['en', QUERIES_EN],
] as const) {
  describe(`help search quality in ${locale}`, () => {
    before(() => setLocale(locale));
    after(() => setLocale('fr'));

    it(`has at least 40 queries, each naming answers that exist`, () => {
      expect(queries.length).to.be.at.least(40);
      const known = FAQ_ENTRIES.map((entry) => entry.id);
      for (const [query, ...right] of queries) expect(known, query).to.include.members(right);
    });

    it(`finds the right answer among the first three for ≥ ${TARGET * 100} % of them`, () => {
      const { rate, missed } = topThreeRate(queries);
      // The figure the issue asks for, printed on every run.
      console.warn(
        `help search, ${locale}: top-3 hit rate ${(rate * 100).toFixed(1)} % on ${queries.length} queries` +
          (missed.length ? `; missed: ${missed.join(' | ')}` : ''),
      );
      expect(rate, missed.join('\n')).to.be.at.least(TARGET);
    });
  });
}

describe('help search ranking', () => {
  afterEach(() => setLocale('fr'));

  it('finds what the issue says it missed, in French, best first', async () => {
    await setLocale('fr');
    for (const query of ['lien expiré', 'expiré', 'lien périmé', 'nouveau lien']) {
      expect(ids(query)[0], query).to.equal('deadline');
    }
    expect(ids('j’ai perdu mon portable')[0]).to.equal('lost-phone');
    expect(ids('obligatoire').slice(0, 2)).to.have.members(['account-required', 'authenticator-required']);
  });

  it('finds what the issue says it missed, in English', async () => {
    await setLocale('en');
    expect(ids('SMS')[0]).to.equal('authenticator-required');
    expect(ids('expired')[0]).to.equal('deadline');
  });

  it('ranks a whole sentence by what it shares with each question', async () => {
    await setLocale('fr');
    expect(ids('Mon lien a expiré, comment en avoir un nouveau ?')[0]).to.equal('deadline');
    expect(ids('est-ce que je vais avoir une nouvelle adresse e-mail ?')).to.deep.equal(['new-mailbox']);
    // The question's own words come before an answer that only mentions them.
    expect(ids('mot de passe oublié')[0]).to.equal('which-password');
  });

  it('forgives one typo in a word of five letters or more, and a half-typed last word', async () => {
    await setLocale('fr');
    expect(ids('telefone perdu')[0]).to.equal('lost-phone');
    expect(ids('mot de pase')[0]).to.equal('which-password');
    expect(ids('authentif')).to.include('two-factor-purpose');
    await setLocale('en');
    expect(ids('pasword')[0]).to.equal('which-password');
  });

  it('keeps every question, in order, for a query with no meaningful word, and none for gibberish', async () => {
    await setLocale('fr');
    expect(ids('')).to.deep.equal(FAQ_ENTRIES.map((entry) => entry.id));
    expect(ids(' le ')).to.deep.equal(FAQ_ENTRIES.map((entry) => entry.id));
    expect(ids('zzzz')).to.deep.equal([]);
  });
});

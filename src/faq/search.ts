// The help centre's search, in the customers' own words. <bt-signin-faq> loads it on demand, the
// first time the search field is used; no element's first load carries it.
//
// Hand-written rather than a search library: minified and gzipped, MiniSearch 7.2 costs 5.8 KB
// and Fuse.js 7.5 9.3 KB (the help centre's whole budget is 6 KB), this module 1.7 KB, for 14
// questions. What it does: accents, case, elisions (l’, qu’) and word forms (plurals, -é, -ed,
// -ing, -ation) ignored; synonyms from one table (below) and from each question's keywords
// (localized with the question); one typo forgiven (a word of the table, typed with five letters
// or more; a word of the questions, four letters or more once its ending is gone); a word's
// beginning matched ("authentif"); whole sentences ranked by the rare words they share with a
// question (its title counts most, then its keywords, then its answer).
// test/faq/search-quality.test.ts measures it against what customers type. matchedWords() marks,
// in the questions and answers shown, the words that made them match.
import type { FaqEntry } from './entries.js';

/** Lower case, without accents or typographic variants: «\u00a0téléphone\u00a0» matches "telephone". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

// Words that say nothing on their own, French and English (accents removed).
const STOP = new Set(
  (
    'ai au aux ca ce cela ces ci de des du elle en est et etre il je la le les ma me mes moi mon ne nous on ou par pas ' +
    'pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous ' +
    'am an and are be can do does doesn don for had has have how in is it its me my of on or the there this to what will with you your'
  ).split(' '),
);

// Each group: the word every other one stands for, then those words (accents removed). Word forms
// the stemmer below misses, and synonyms that hold in every question.
const SYNONYMS = new Map<string, string>();
for (const group of (
  'telephone portable portables mobile mobiles smartphone tel tele gsm phone phones cellphone cell|' +
  'expire expiree expirer expired expiry perime perimee perimer invalide invalid valable valide validite valid validity|' +
  'nouveau nouvelle nouveaux nouvelles new|' +
  'perdu perdue perds perd perdre perte lost lose losing loses|' +
  'vole volee voler vol stolen steal theft|' +
  'obligatoire oblige obligee obliger force forcee imperatif mandatory compulsory required obligatory|' +
  'mail mails email emails courriel courriels mel|' +
  'boite boites inbox mailbox messagerie|' +
  'sms texto textos text texts|' +
  'application appli applis app apps|' +
  'telecharger installer download install|' +
  'authenticator authentificator autenticator authenticateur authentificateur|' +
  'double 2fa mfa two deux|' +
  'securite secure securise securisee securiser security safe safety|' +
  'cyberattaque cyberattaques piratage pirate pirater hack hacking hacker hackers cyberattack cyberattacks attaque attack|' +
  'donnee data|' +
  'apple iphone iphones ipad ipads mac macbook ios|' +
  'personnel personnelle perso personal|' +
  'professionnel professionnelle pro|' +
  'frais cout couts coute couter payant payer gratuit prix cost costs free pay paid fee fees|' +
  'connect connexion connecter connecte log login logon signin sign|' +
  'passe password passwords mdp pwd|' +
  'oublie oubliee oublier forgot forgotten forget|' +
  'ancien ancienne old previous|' +
  'refaire recommencer repeat redo again'
).split('|')) {
  const [word, ...others] = group.split(' ');
  for (const other of others) SYNONYMS.set(other, word);
}

/**
 * One word as the index keeps it: its group's word, without its ending. A word the customer typed
 * (`typed`) may carry one typo when it has five letters or more ("pasword").
 */
function term(word: string, typed?: boolean): string {
  let known = SYNONYMS.get(word) ?? SYNONYMS.get(word.replace(/s$/, ''));
  if (typed && !known && word.length > 4)
    for (const [other, group] of SYNONYMS) if (oneTypo(word, other)) known ??= group;
  return (known ?? word).replace(/(?<=\w{3})(?:ements?|ations?|ees?|es|ed|ing|er|ez|s|e)$/, '');
}

/** The words of `text` that carry meaning, as the index keeps them. */
function terms(text: string, typed?: boolean): string[] {
  return searchable(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP.has(word))
    .map((word) => term(word, typed));
}

/** Whether `a` becomes `b` by one letter added, removed, replaced, or two swapped. */
function oneTypo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i] && i < a.length) i++;
  const same = (skipA: number, skipB: number) => a.slice(i + skipA) === b.slice(i + skipB);
  return same(1, 1) || same(1, 0) || same(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && same(2, 2));
}

/** How well a word of the query matches a word of a question: 1 when it is the same word. */
function closeness(wanted: string, found: string, last: boolean): number {
  if (wanted === found) return 1;
  // The last word may be half typed; a longer one, a word's beginning ("authent").
  if ((last || wanted.length > 3) && wanted.length > 2 && found.startsWith(wanted)) return 0.8;
  return wanted.length > 3 && found.length > 3 && oneTypo(wanted, found) ? 0.7 : 0;
}

// A word found in a question counts three times as much as in its answer, twice in its keywords.
const WEIGHTS = [3, 2, 1];
// Questions that score less than this share of the best one are left out.
const CUTOFF = 0.4;

/**
 * The entries that answer `query`, best first: every entry, in order, when the query holds no
 * word that means something. A customer's whole sentence works as well as a keyword.
 */
export function searchFaq<Entry extends FaqEntry>(entries: readonly Entry[], query: string): Entry[] {
  const typed = terms(query, true);
  const wanted = [...new Set(typed)];
  if (wanted.length === 0) return [...entries];
  const fields = entries.map((entry) =>
    [entry.question(), entry.keywords?.() ?? '', entry.answer().join(' ')].map((text) => terms(text)),
  );
  const frequency = new Map<string, number>();
  for (const words of fields)
    for (const word of new Set(words.flat())) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarity = (word: string) => Math.log(1 + entries.length / frequency.get(word)!);
  const scores = fields.map((entryFields) => {
    let score = 0;
    let found = 0;
    wanted.forEach((want, index) => {
      let best = 0;
      entryFields.forEach((words, field) => {
        for (const word of words) {
          best = Math.max(best, WEIGHTS[field] * closeness(want, word, index === wanted.length - 1) * rarity(word));
        }
      });
      score += best;
      if (best) found++;
    });
    // Two words typed side by side count once more where they stand side by side ("nouveau lien").
    const runs = entryFields.map((words) => ` ${words.join(' ')} `);
    for (let i = 1; i < typed.length; i++) {
      const pair = ` ${typed[i - 1]} ${typed[i]} `;
      runs.forEach((run, field) => {
        if (run.includes(pair)) score += WEIGHTS[field];
      });
    }
    // A question that shares more of the customer's words ranks higher.
    return (score * found) / wanted.length;
  });
  const top = Math.max(...scores);
  return entries
    .map((entry, index) => ({ entry, score: scores[index] }))
    .filter(({ score }) => score > 0 && score >= top * CUTOFF)
    .sort((a, b) => b.score - a.score)
    .map(({ entry }) => entry);
}

// A word of a text shown, as the reader sees it: letters (with their accents) and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * For `query`, a function that cuts a text into pieces, the odd ones being the words that match
 * the query as the search matches them (accents, case, word forms, synonyms, one typo, a word's
 * beginning), so that they can be highlighted: `["Comment faire si je ", "perds", " ou…"]`. The
 * pieces are plain text, the text itself once joined; the query never becomes markup or a pattern.
 */
export function matchedWords(query: string): (text: string) => string[] {
  const wanted = [...new Set(terms(query, true))];
  const matches = (word: string) => {
    const key = searchable(word);
    if (key.length < 2 || STOP.has(key)) return false;
    const found = term(key);
    return wanted.some((want, index) => closeness(want, found, index === wanted.length - 1) > 0);
  };
  return (text) => {
    const pieces: string[] = [];
    let from = 0;
    for (const { 0: word, index } of text.matchAll(WORD)) {
      if (!matches(word)) continue;
      pieces.push(text.slice(from, index), word);
      from = index + word.length;
    }
    pieces.push(text.slice(from));
    return pieces;
  };
}

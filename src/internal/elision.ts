// French elides « que » and « de » before a vowel sound: « en tant qu’Alex Petit », « le compte
// d’Émilie ». A message with a name in it is written with the full word (« en tant que ${name} »)
// so that translators see plain text; the words are elided once the name is known.

/**
 * Whether French elides before `word`: a vowel (accented or not), a mute h (most names: Hélène,
 * Hugo), or a y before a consonant (Yves; not Yann, where y sounds like a consonant).
 */
export function startsWithVowelSound(word: string): boolean {
  return /^(?:[aeiouàâäéèêëîïôöùûüœæh]|y[^aeiouàâäéèêëîïôöùûü])/i.test(word.trim());
}

/**
 * `text` with « que » and « de » elided before each of `names` that begins with a vowel sound
 * (« que Alex » → « qu’Alex », « de Émilie » → « d’Émilie »). Only those words right before a
 * name change: the rest of the message is left as written, and a message in another language,
 * which has no « que Alex », is returned unchanged.
 */
export function elide(text: string, ...names: string[]): string {
  for (const name of names) {
    if (!name || !startsWithVowelSound(name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words only: « monde Alex » keeps its « de ».
    text = text.replace(new RegExp(`(?<!\\p{L})(qu|d)e ${escaped}`, 'gu'), (_, word: string) => `${word}’${name}`);
  }
  return text;
}

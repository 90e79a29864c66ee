import { expect } from '@open-wc/testing';

/** The French sources or the English targets of the XLIFF catalogue, placeholders removed. */
async function messagesOf(element: 'source' | 'target'): Promise<string[]> {
  const xliff = await (await fetch('/xliff/en.xlf')).text();
  const document = new DOMParser().parseFromString(xliff, 'application/xml');
  return [...document.querySelectorAll(`trans-unit > ${element}`)].map((source) => {
    const copy = source.cloneNode(true) as Element;
    for (const placeholder of copy.querySelectorAll('x')) placeholder.replaceWith('X');
    return copy.textContent ?? '';
  });
}

const NO_BREAK = '[\\u00a0\\u202f]';

for (const [language, element] of [
  ['French', 'source'],
  ['English', 'target'],
] as const) {
  describe(`${language} typography of every message`, () => {
    let messages: string[] = [];
    before(async () => {
      messages = await messagesOf(element);
    });

    it('reads the whole catalogue', () => {
      expect(messages.length).to.be.at.least(200);
    });

    if (language === 'French') {
      it('puts a non-breaking space before ; : ! ? and inside « »', () => {
        const faults = messages.filter((message) => {
          const text = message.replace(/https?:\/\/\S*/g, 'URL');
          return (
            new RegExp(`(?<!${NO_BREAK})[;:!?»]`).test(text.replace(/(?<=\d):(?=\d)/g, '')) ||
            new RegExp(`«(?!${NO_BREAK})`).test(text)
          );
        });
        expect(faults).to.deep.equal([]);
      });
    }

    it('uses the typographic apostrophe', () => {
      expect(messages.filter((message) => message.includes("'"))).to.deep.equal([]);
    });

    it('has no double spaces or space before a comma or full stop', () => {
      expect(messages.filter((message) => /  | [,.]/.test(message))).to.deep.equal([]);
    });
  });
}

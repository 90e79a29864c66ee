// Fails when a message of the source locale has no translation, or a translation that drops or
// invents a placeholder, in any XLIFF file. Run after `lit-localize extract`, which adds new
// messages without a target.
import { readdirSync, readFileSync } from 'node:fs';

const problems = [];
for (const file of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const xliff = readFileSync(`xliff/${file}`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    const placeholders = (text) =>
      [...text.matchAll(/<x id="(\d+)"/g)]
        .map((m) => m[1])
        .sort()
        .join();
    if (!target?.trim()) problems.push(`${file} ${id}: no translation for «${source}»`);
    else if (placeholders(source) !== placeholders(target)) problems.push(`${file} ${id}: placeholders differ`);
  }
}
if (problems.length) {
  console.error(`Missing or broken translations (edit xliff/*.xlf):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Translations complete.');

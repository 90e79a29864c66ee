// Every public design token the elements read (`--bt-*` in the shared sheets) is documented in the
// README's Theming table, and the table names no token the elements do not read.
import { readFileSync } from 'node:fs';

const SHEETS = ['src/styles/tokens.ts', 'src/styles/alert.ts'];
const read = (text) => new Set(text.match(/--bt-[a-z-]+[a-z]/g));
// Read where an element reads it (`var(--bt-…`), not where a comment names it.
const used = new Set(
  SHEETS.flatMap((sheet) =>
    [...readFileSync(sheet, 'utf8').matchAll(/var\(\s*(--bt-[a-z-]+)/g)].map(([, name]) => name),
  ),
);
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Theming'), readme.indexOf('\n## ', readme.indexOf('## Theming') + 1));
const documented = read(section);
// The surfaces of the four tones are written once, as `--bt-color-info-surface` (and `-success-`…).
for (const tone of ['success', 'warning', 'error']) documented.add(`--bt-color-${tone}-surface`);

const missing = [...used].filter((token) => !documented.has(token));
const stale = [...documented].filter((token) => !used.has(token));
if (missing.length || stale.length) {
  console.error(
    `Theming table out of date. Undocumented: ${missing.join(', ') || 'none'}; not read: ${stale.join(', ') || 'none'}`,
  );
  process.exit(1);
}
console.log(`check-tokens: ${used.size} public tokens, all documented in README.`);

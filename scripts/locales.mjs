// Refreshes xliff/ from the sources, builds the runtime locale modules into src/generated/, and
// fails when a message lacks a translation. Every command that compiles or serves runs it first.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const localize = (command) =>
  execFileSync('npx', ['lit-localize', command], { stdio: ['ignore', 'ignore', 'inherit'] });
localize('extract');
localize('build');

// A generated locale module imports `str` from @lit/localize. Bundlers that split shared code
// (esbuild, which Angular uses) then move the whole localization runtime into a chunk of its own,
// one more request before any element can start. The tag only builds a plain object; defined
// here, the locale modules import nothing (test/localization-source.test.ts checks the shape).
const LOCALES = 'src/generated/locales';
const STR_IMPORT = "import {str} from '@lit/localize';";
const LOCAL_STR =
  'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });';
for (const file of readdirSync(LOCALES)) {
  const module = readFileSync(join(LOCALES, file), 'utf8').replace(STR_IMPORT, LOCAL_STR);
  if (/^\s*import\b/m.test(module)) throw new Error(`${file} still imports a module: update scripts/locales.mjs.`);
  writeFileSync(join(LOCALES, file), module);
}
await import('./check-translations.mjs');

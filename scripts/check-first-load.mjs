// Part of `npm run size`: no entry point makes a page wait for one of our modules in a chunk of
// its own. When a module that an element needs at first render is also needed by code loaded on
// demand (MSAL's driver, the FAQ's questions, the English strings, the QR code generator), a
// bundler that splits shared code into chunks (esbuild, so Angular's build) puts it in a separate
// file, and the page then fetches that file before any element can run. Such chunks may hold the
// Lit runtime (shared with the on-demand code by design) and esbuild's own helpers, nothing else.
// Run `npm run build` first.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_BUNDLE } from './app-bundle.mjs';

const ENTRIES = [
  ...readdirSync('dist/components').map((name) => `dist/components/${name}/define.js`),
  'dist/define.js',
];
const LIT_RUNTIME = /^node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//;

const outdir = mkdtempSync(join(tmpdir(), 'bt-first-load-'));
const problems = [];
try {
  for (const entry of ENTRIES) {
    const { metafile } = await build({
      ...APP_BUNDLE,
      entryPoints: [entry],
      outdir: join(outdir, entry.replaceAll('/', '_')),
      metafile: true,
      write: false,
      logLevel: 'error',
    });
    const { outputs } = metafile;
    const [, output] = Object.entries(outputs).find(([, out]) => out.entryPoint === entry);
    const chunks = output.imports.filter((imported) => imported.kind === 'import-statement');
    const shared = chunks
      .flatMap((chunk) => Object.keys(outputs[chunk.path].inputs))
      .filter((input) => !LIT_RUNTIME.test(input));
    if (shared.length)
      problems.push(`${entry} waits for a chunk shared with code loaded on demand: ${shared.join(', ')}`);
    console.log(`${entry}: ${chunks.length} chunk(s) before first render${shared.length ? ', with our modules' : ''}`);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

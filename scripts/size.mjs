// Measures what each published entry point costs a page: the built dist/ files bundled and
// minified with esbuild, then gzipped. Code behind a dynamic import() (another locale's strings,
// later MSAL) is reported apart as "on demand". Fails when an entry is over its budget.
// Run `npm run build` first.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The Lit runtime every Lit page shares: lit itself and the Lit project's @lit/* packages
// (@lit/localize, @lit/context, @lit/task).
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];
const KB = 1024;

/** [entry, file, with lit?, budget in gzip bytes] */
const MEASURES = [
  ['./lost-phone-card', 'dist/components/lost-phone-card/define.js', false, 4 * KB],
  ['./lost-phone-card', 'dist/components/lost-phone-card/define.js', true, 12 * KB],
  ['./signin-button', 'dist/components/signin-button/define.js', false, undefined],
  ['./activation-landing', 'dist/components/activation-landing/define.js', false, undefined],
  ['./password-hint', 'dist/components/password-hint/define.js', false, undefined],
  ['./mfa-method-chooser', 'dist/components/mfa-method-chooser/define.js', false, undefined],
  ['./signin-faq', 'dist/components/signin-faq/define.js', false, undefined],
  ['./auth-provider', 'dist/components/auth-provider/define.js', false, undefined],
  ['./define', 'dist/define.js', false, undefined],
  ['./define', 'dist/define.js', true, undefined],
  ['.', 'dist/index.js', false, undefined],
  ['./redirect-bridge', 'dist/redirect-bridge.js', true, undefined],
];

async function measure(file, withLit) {
  const outdir = mkdtempSync(join(tmpdir(), 'bt-size-'));
  try {
    const { metafile } = await build({
      entryPoints: [file],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      // Pages are served as UTF-8: keep accented strings as they are rather than \u-escaped.
      charset: 'utf8',
      target: 'es2022',
      external: withLit ? [] : LIT,
      // Measure what production pages get, not Lit's development build.
      conditions: ['production'],
      outdir,
      metafile: true,
      logLevel: 'error',
    });
    const outputs = metafile.outputs;
    const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
    const eager = new Set();
    const visit = (path) => {
      if (eager.has(path)) return;
      eager.add(path);
      for (const imported of outputs[path].imports)
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    };
    visit(entry);
    // Gzipped together, as an application bundler would ship them.
    const sizes = (paths) => {
      const code = Buffer.concat(paths.map((path) => readFileSync(path)));
      return { min: code.length, gzip: code.length ? gzipSync(code, { level: 9 }).length : 0 };
    };
    const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path));
    return { eager: sizes([...eager]), lazy: sizes(lazy) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = false;
const rows = [];
for (const [entry, file, withLit, budget] of MEASURES) {
  const { eager, lazy } = await measure(file, withLit);
  const over = budget !== undefined && eager.gzip > budget;
  failed ||= over;
  rows.push({
    entry,
    'Lit runtime (lit, @lit/*)': withLit ? 'included' : 'excluded',
    minified: kb(eager.min),
    gzip: kb(eager.gzip),
    budget: budget === undefined ? '' : `${kb(budget)} ${over ? 'OVER' : 'ok'}`,
    'on demand (gzip)': lazy.gzip ? kb(lazy.gzip) : '',
  });
}
console.table(rows);
if (failed) {
  console.error('An entry point is over its gzip budget.');
  process.exit(1);
}

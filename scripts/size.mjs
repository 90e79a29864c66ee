// Measures what each published entry point costs a page: the built dist/ files bundled and
// minified with esbuild, then gzipped together (as an application bundler ships them). Code behind
// a dynamic import() (English strings, MSAL, the QR code generator, the FAQ's text) is reported
// apart as "on demand" unless a row names it. Fails when a row is over its budget.
// Run `npm run build` first.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { APP_BUNDLE } from './app-bundle.mjs';

// The Lit runtime every Lit page shares: lit itself and the Lit project's @lit/* packages
// (@lit/localize, @lit/context, @lit/task).
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];
const KB = 1024;
const element = (name) => `dist/components/${name}/define.js`;
const FAQ_TEXT = 'dist/faq/entries.js';
const MSAL = ['dist/auth/msal-module.js', 'dist/auth/msal-session.js'];

/**
 * label, files loaded together, Lit runtime included?, gzip budget. Budgets: issue 2 (the
 * lost-phone card) and issue 8 (informational elements, the page before and after sign-in starts).
 * Raised on 2026-12-01, knowingly and as a debt to repay (see that day's closing note): issue 17's
 * first-render features (French holidays in the card: +0.9 KB; the journey kept through reloads,
 * Back and the round trip; a tab that follows the others' session; English at first render) and
 * issue 15's (a configuration bound late, the host's own MSAL client, bt-auth-ready) took
 * `./define` from 29.9 to 32.7 KB after what only a rare state needs (the new-link form, the
 * journey's middle steps, the help search, problem descriptions) moved out of the first load.
 * Were: card 4 KB, `./define` 30 KB, with MSAL 110 KB.
 * Raised again on 2026-12-01 (second session), by 0.5 KB each, as a debt: issue 19's accessibility
 * fixes (radio names per rendering, focus after Retour, live regions present before their message,
 * the language of each element's content, account button and masked address read in words) took
 * `./define` from 32.87 to 33.90 KB and issue 16's session renewal took MSAL's row to 112.0; moving
 * the new-link form's styles and the landing's other link states on demand repaid 0.56 KB of it
 * (33.34 / 112.42). Then issue 20's first screens (the done step's check mark and portal button,
 * now drawn by the on-demand step views; the single-method chooser; the contact variant of the card,
 * +0.05 KB on a card at 4.98) took them to 33.87 / 112.97 and the card to 5.03: `./define` 34 KB,
 * with MSAL 113 KB, the card 5.1 KB. The next repayments, in order: MsalAuthClient's interaction
 * logic (6.3 KB minified in the first load) behind the dynamic import that loads MSAL; the
 * journey's own first-load code (8.2 KB minified: focus management, returning customers).
 * Repaid in part on 2026-12-01 (third session): MsalAuthClient keeps in the first load only what
 * a page needs before sign-in (state, interaction under way, tabs' channel, loader); what it does
 * once MSAL is there (MsalInteractions) and `toAuthFailure` now load with MSAL. `./define`: -0.90 KB
 * gzip (6.3 KB minified moved), measured against the same tree with the previous src/auth. The
 * MSAL row went UP by 0.39 KB: the moved code compresses less well after MSAL than among the
 * elements. MSAL itself cannot be narrowed: `PublicClientApplication` alone bundles to 77.89 KB
 * gzip and our four imports to 77.91 (its controller imports the native broker statically;
 * `sideEffects: false` is honoured; the esbuild options are those of an application build). Still
 * owed: the rest of `./define` (the journey's code), and the MSAL row's debt.
 */
const MEASURES = [
  ['./lost-phone-card', [element('lost-phone-card')], false, 5.1 * KB],
  ['./lost-phone-card', [element('lost-phone-card')], true, 12 * KB],
  ['./password-hint', [element('password-hint')], false, 6 * KB],
  ['./signin-faq, with its questions', [element('signin-faq')], false, 6 * KB],
  ['./signin-button', [element('signin-button')], false, undefined],
  ['./activation-landing', [element('activation-landing')], false, undefined],
  ['./mfa-method-chooser', [element('mfa-method-chooser')], false, undefined],
  ['./onboarding-journey', [element('onboarding-journey')], false, undefined],
  ['./auth-provider', [element('auth-provider')], false, undefined],
  ['./define: every element, before sign-in', ['dist/define.js'], true, 34 * KB],
  ['./define + the FAQ questions shown', ['dist/define.js', FAQ_TEXT], true, undefined],
  ['./define + MSAL: after sign-in starts', ['dist/define.js', ...MSAL], true, 113 * KB],
  ['.', ['dist/index.js'], false, undefined],
  ['./redirect-bridge', ['dist/redirect-bridge.js'], true, undefined],
];

async function measure(files, withLit) {
  const outdir = mkdtempSync(join(tmpdir(), 'bt-size-'));
  try {
    const { metafile } = await build({
      ...APP_BUNDLE,
      entryPoints: files,
      target: 'es2022',
      external: withLit ? [] : LIT,
      outdir,
      metafile: true,
      logLevel: 'error',
    });
    const outputs = metafile.outputs;
    const eager = new Set();
    const visit = (path) => {
      if (eager.has(path)) return;
      eager.add(path);
      for (const imported of outputs[path].imports) {
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
      }
    };
    // Dynamically imported files are entry points too (esbuild's implicit ones): start from ours.
    for (const path of Object.keys(outputs)) if (files.includes(outputs[path].entryPoint)) visit(path);
    const sizes = (paths) => {
      const code = Buffer.concat(paths.map((path) => readFileSync(path)));
      return {
        min: code.length,
        gzip: code.length ? gzipSync(code, { level: 9 }).length : 0,
        brotli: code.length ? brotliCompressSync(code).length : 0,
      };
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
for (const [label, files, withLit, budget] of MEASURES) {
  const { eager, lazy } = await measure(files, withLit);
  const over = budget !== undefined && eager.gzip > budget;
  failed ||= over;
  rows.push({
    entry: label,
    'Lit runtime': withLit ? 'included' : 'excluded',
    minified: kb(eager.min),
    gzip: kb(eager.gzip),
    brotli: kb(eager.brotli),
    budget: budget === undefined ? '' : `${kb(budget)} ${over ? 'OVER' : 'ok'}`,
    'on demand (gzip)': lazy.gzip ? kb(lazy.gzip) : '',
  });
}
console.table(rows);
if (failed) {
  console.error('An entry point is over its gzip budget.');
  process.exit(1);
}

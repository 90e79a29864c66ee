// Part of `npm run build` (after `vite build`): dist/standalone/, the build for pages without a
// bundler. Lit is inside; one file per element entry of the package (`define.js`,
// `signin-button.js`, …) plus shared chunks; MSAL, the help centre's questions loaded on demand,
// the QR code generator and the English strings stay behind dynamic imports of chunks beside the
// files, so a page still fetches them only when needed. Every import is relative: a page loads
// these files straight from a static server, with no import map.
//
// The redirect bridge is built apart as one self-contained script (no chunk, no bare specifier),
// with `redirect.html` loading it from a file (no inline script, so it works under a strict CSP):
// both can be copied as static files into any app.
import { build } from 'esbuild';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { APP_BUNDLE } from './app-bundle.mjs';

const OUT = 'dist/standalone';

/** Output name (as in the package's exports, without `./`) → built module of the production build. */
const entryPoints = {
  index: 'dist/index.js',
  define: 'dist/define.js',
  ...Object.fromEntries(
    readdirSync('dist/components', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => [name, `dist/components/${name}/define.js`]),
  ),
};

const common = {
  ...APP_BUNDLE,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies test `process.env.NODE_ENV`; a page without a bundler has no `process`.
  define: { 'process.env.NODE_ENV': '"production"' },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  ...common,
  entryPoints,
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
});
await build({
  ...common,
  entryPoints: { 'redirect-bridge': 'dist/redirect-bridge.js' },
  outdir: OUT,
  splitting: false,
});

writeFileSync(
  `${OUT}/redirect.html`,
  `<!doctype html>
<!--
  The redirect bridge page for the Espace Client sign-in elements, prebuilt: copy this file and
  redirect-bridge.js beside it into your app's public files. Serve it at your app's redirectUri
  (default /redirect.html), on the same origin as the pages that sign in, WITHOUT a
  Cross-Origin-Opener-Policy header and with \`Cache-Control: no-store\`. Silent sign-in loads it in a
  hidden iframe of your pages: its Content-Security-Policy must allow \`frame-ancestors 'self'\`.
  It has no inline script: \`script-src 'self'\` is enough.
-->
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="referrer" content="no-referrer" />
    <title>Connexion…</title>
    <script type="module" src="./redirect-bridge.js"></script>
  </head>
  <body></body>
</html>
`,
);

const files = readdirSync(OUT, { recursive: true }).filter((file) => String(file).endsWith('.js'));
console.log(`Standalone build: ${files.length} files in ${OUT}/ (entries: ${Object.keys(entryPoints).join(', ')}).`);

// `npm run bench`: what each element costs a page, measured in one run on this machine with
// Debian's Chromium. (a) sizes: `scripts/size.mjs`; (b) time from script start to the first
// render of each element, median of RUNS fresh page loads, against a bare Lit element that
// renders the same text (the floor). Prints a table and writes bench/results.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ELEMENTS = {
  'bt-lost-phone-card':
    '<bt-lost-phone-card phone="01 23 45 67 89" email="service.client@bakertilly.fr"></bt-lost-phone-card>',
  'bt-password-hint': '<bt-password-hint min-length="8"></bt-password-hint>',
  'bt-mfa-method-chooser': '<bt-mfa-method-chooser platform="ios"></bt-mfa-method-chooser>',
  'bt-signin-faq': '<bt-signin-faq></bt-signin-faq>',
  'bt-activation-landing': '<bt-activation-landing></bt-activation-landing>',
  'bt-signin-button': '<bt-signin-button></bt-signin-button>',
  'bt-onboarding-journey': '<bt-onboarding-journey></bt-onboarding-journey>',
};
const DEFINE = {
  'bt-lost-phone-card': 'lost-phone-card',
  'bt-password-hint': 'password-hint',
  'bt-mfa-method-chooser': 'mfa-method-chooser',
  'bt-signin-faq': 'signin-faq',
  'bt-activation-landing': 'activation-landing',
  'bt-signin-button': 'signin-button',
  'bt-onboarding-journey': 'onboarding-journey',
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The page marks the start of scripts, then waits for the element's first complete render
// (shadow root with its text; the FAQ's questions loaded on demand count too).
const page = (script, markup, tag) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script>window.__start = performance.now();</script>
<script type="module" src="./${script}"></script></head><body>${markup}
<script type="module">
const el = document.querySelector('${tag}');
await customElements.whenDefined('${tag}');
for (;;) {
  await el.updateComplete;
  const text = el.shadowRoot?.textContent?.trim() ?? '';
  if (text && !/…$/.test(text) && !el.shadowRoot.querySelector('[role="status"]:not(:empty)')?.textContent?.includes('…')) break;
  await new Promise((resolve) => setTimeout(resolve));
}
window.__rendered = performance.now() - window.__start;
window.__text = el.shadowRoot.textContent;
</script></body></html>`;

async function bundle(dir, name, source) {
  writeFileSync(join(dir, `${name}.entry.js`), source);
  await build({
    entryPoints: [join(dir, `${name}.entry.js`)],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    outdir: join(dir, name),
    conditions: ['production'],
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'error',
  });
  return `${name}/${name}.entry.js`;
}

async function timeLoads(browser, url) {
  const times = [];
  let text = '';
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => window.__rendered !== undefined, undefined, { timeout: 20_000 });
    times.push(await tab.evaluate(() => window.__rendered));
    text = await tab.evaluate(() => window.__text);
    await context.close();
  }
  return { median: median(times), text };
}

const sizeReport = execFileSync('node', ['scripts/size.mjs'], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'bt-bench-'));
mkdirSync(dir, { recursive: true });
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const [tag, markup] of Object.entries(ELEMENTS)) {
    const script = await bundle(
      dir,
      tag,
      `import '${join(process.cwd(), 'dist/components', DEFINE[tag], 'define.js')}';\n`,
    );
    writeFileSync(join(dir, `${tag}.html`), page(script, markup, tag));
    const ours = await timeLoads(browser, `${server.url}/${tag}.html`);
    // The floor: a bare Lit element rendering the same text, bundled the same way.
    const floorTag = `bare-${tag}`;
    const floorScript = await bundle(
      dir,
      floorTag,
      `import { LitElement, html } from 'lit';
customElements.define('${floorTag}', class extends LitElement { render() { return html\`<p>\${${JSON.stringify(ours.text.replace(/\s+/g, ' ').trim())}}</p>\`; } });\n`,
    );
    writeFileSync(join(dir, `${floorTag}.html`), page(floorScript, `<${floorTag}></${floorTag}>`, floorTag));
    const floor = await timeLoads(browser, `${server.url}/${floorTag}.html`);
    rows.push({
      element: tag,
      'first render (ms)': ours.median.toFixed(1),
      'bare Lit (ms)': floor.median.toFixed(1),
      ratio: (ours.median / floor.median).toFixed(2),
    });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(sizeReport);
console.table(rows);
const table = [
  '| Element | First render, median (ms) | Bare Lit, same text (ms) | Ratio |',
  '| --- | --- | --- | --- |',
  ...rows.map((row) => `| \`${row.element}\` | ${row['first render (ms)']} | ${row['bare Lit (ms)']} | ${row.ratio} |`),
].join('\n');
writeFileSync(
  'bench/results.md',
  `# Bench results\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Chromium (Debian), ${RUNS} fresh page loads per element, median; one run on one machine.\n\n## Size (\`npm run size\`)\n\n\`\`\`\n${sizeReport.trim()}\n\`\`\`\n\n## Time from script start to first render\n\n${table}\n\nPeer sign-in widgets are not measured yet (see the issue's note).\n`,
);

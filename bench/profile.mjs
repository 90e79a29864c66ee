// `node bench/profile.mjs bt-lost-phone-card [loads]`: where an element's first render spends its
// time. Bundles the element as the bench does but unminified, loads it `loads` times (default 15)
// with the V8 sampling profiler on, and prints the functions with the most self time, summed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { APP_BUNDLE } from '../scripts/app-bundle.mjs';
import { ELEMENTS } from '../scripts/first-render.mjs';

const [tag = 'bt-lost-phone-card', loads = '15'] = process.argv.slice(2);
const [, entry, markup] = ELEMENTS.find(([name]) => name === tag);
const dir = mkdtempSync(join(tmpdir(), 'bt-profile-'));
writeFileSync(join(dir, 'entry.js'), `import '${join(process.cwd(), 'dist/components', entry, 'define.js')}';\n`);
await build({
  ...APP_BUNDLE,
  minify: false,
  entryPoints: [join(dir, 'entry.js')],
  outdir: join(dir, 'out'),
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="./out/entry.js"></script></head><body>${markup}</body></html>`,
);
const server = await serveStatic(dir, {});
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const selfTime = new Map();
const lineTicks = new Map();
const inclusive = new Map();
try {
  for (let run = 0; run < Number(loads); run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
    await cdp.send('Profiler.start');
    await tab.goto(`${server.url}/index.html`);
    await tab.evaluate(async (name) => {
      await customElements.whenDefined(name);
      await document.querySelector(name).updateComplete;
    }, tag);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, index) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-1)[0]}:${lineNumber + 1}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
    });
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { functionName, url, lineNumber } = byId.get(at).callFrame;
        if (!url.endsWith('entry.js')) continue;
        const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
      }
    });
    for (const node of profile.nodes)
      for (const { line, ticks } of node.positionTicks ?? [])
        if (node.callFrame.url.endsWith('entry.js')) lineTicks.set(line, (lineTicks.get(line) ?? 0) + ticks);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const top = [...selfTime]
  .filter(([key]) => !key.startsWith('(idle)'))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 30);
for (const [key, ms] of top) console.log(`${(ms / Number(loads)).toFixed(2).padStart(7)} ms  ${key}`);
console.log('busiest lines of the bundle (samples):');
for (const [line, ticks] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(ticks, line);
console.log('most inclusive time in the bundle (ms per load):');
for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${(ms / Number(loads)).toFixed(2).padStart(7)} ms  ${key}`);

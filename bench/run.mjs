// `npm run bench`: what each element costs a page, measured in one run on this machine with
// Debian's Chromium. (a) sizes: `scripts/size.mjs`; (b) time to the first render of each
// element against its floor, a plain Lit element frozen from the element's own render (same DOM,
// same style sheets), and of two peer widgets against a Lit element that renders their text:
// `scripts/first-render.mjs`. Prints a table and writes bench/results.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { ELEMENTS, RATIO_BUDGET, elementSubject, timeAgainstFloor } from '../scripts/first-render.mjs';
import { answer, preparePeers } from './peers.mjs';
import { RESULTS, lighthouseSection } from './results.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
// `BENCH_ONLY=bt-signin-button,bt-signin-faq`: time those elements alone, no peers, no results file.
const ONLY = process.env.BENCH_ONLY?.split(',');

// What a load fetched to render (scripts, style sheets, JSON; not fonts or images), compressed.
function fetchedSize(dir, paths) {
  const files = paths.map((path) => readFileSync(join(dir, path)));
  const sum = (compress) => files.reduce((total, file) => total + compress(file).length, 0) / 1024;
  return { gzip: sum((file) => gzipSync(file, { level: 9 })), brotli: sum(brotliCompressSync) };
}

const clock = (compared, withBudget) =>
  compared
    ? [
        compared.subject.toFixed(1),
        compared.floor.toFixed(1),
        `${compared.ratio.toFixed(2)}${withBudget ? (compared.ratio <= RATIO_BUDGET ? ' ok' : ' over') : ''}`,
      ]
    : ['—', '—', '—'];

async function measure(setup, subject) {
  const result = await timeAgainstFloor(setup, subject);
  const size = fetchedSize(setup.dir, result.fetched);
  return [
    subject.label,
    size.gzip.toFixed(2),
    size.brotli.toFixed(2),
    ...clock(result.fromPageStart, false),
    ...clock(result.fromScriptStart, true),
  ];
}

const sizeReport = execFileSync('node', ['scripts/size.mjs'], { encoding: 'utf8' });
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'bt-bench-'));
const server = await serveStatic(dir, {}, answer);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const setup = { browser, server, dir, runs: RUNS };
const ours = [];
const peers = [];
try {
  for (const element of ELEMENTS.filter(([tag]) => !ONLY || ONLY.includes(tag)))
    ours.push(await measure(setup, await elementSubject(dir, element)));
  for (const [index, peer] of (ONLY ? [] : await preparePeers(dir)).entries()) {
    peers.push(await measure(setup, { ...peer, name: `peer-${index}`, label: peer.name }));
  }
} finally {
  await browser.close();
  await server.close();
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}

const HEADER = [
  'Subject',
  'Fetched to render, gzip (KB)',
  'brotli (KB)',
  'From page start (ms)',
  'Floor, from page start (ms)',
  'Ratio, from page start',
  'From script start (ms)',
  'Floor, from script start (ms)',
  `Ratio, from script start (goal ≤ ${RATIO_BUDGET})`,
];
console.log(sizeReport);
console.table([...ours, ...peers].map((row) => Object.fromEntries(row.map((cell, i) => [HEADER[i], cell]))));
if (ONLY) process.exit(0);
const table = (rows) =>
  [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
// The Lighthouse section, which bench/lighthouse.mjs writes, is kept as it is.
const kept = lighthouseSection();
writeFileSync(
  RESULTS,
  // Formatted as the repository's other Markdown, so that `npm run lint` accepts the new results.
  await format(
    `# Bench results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} with Debian's Chromium, one run on one machine (${cpus().length} cores). Each subject and its floor load ${RUNS} times each, in turns, each load in a fresh browser context; figures are medians. The floor of each of our elements is the same element with its logic taken out: when the bench runs, the element's first render (its shadow DOM, and that of each of our elements inside it) and its style sheets are frozen into plain Lit elements with static templates, bundled the same way, and the bench checks that the floor shows the same text. The ratio is thus the cost of the element's own work (localization, controllers, state, choosing what to render), not of its DOM or styles. A peer widget's floor is a Lit element that renders the peer's visible text. Pages are bundled with esbuild (code splitting, minified) and preload the files their entry imports, as the pages Angular's and Vite's builds write do. "Fetched to render" is what the page loaded before its first complete render (scripts, style sheets, JSON; not fonts or images).

Two clocks, read in the same loads, stop at the first complete render: **from page start** (the page's first script, before anything is fetched: what the customer waits) and **from script start** (the first line of the bundle to run: the cost of the code alone). The first includes the fetching and parsing of the page, the same for subject and floor, which dilutes the ratio and varies a lot from load to load on this machine; the second is steadier and stricter, and carries the goal: ≤ ${RATIO_BUDGET}×.

## Size of each entry point (\`npm run size\`)

\`\`\`
${sizeReport.trim()}
\`\`\`

## Time to first render

${table(ours)}

## Peer sign-in widgets, same measures

${table(peers)}

Peers render their sign-in view in French with their documented set-up: Hanko's element against a stub of its flow API on loopback (one \`login_init\` answer), Okta's widget with its classic engine, its style sheet and its French labels. Okta's widget is a classic script that is not bundled here, so it has no script-start clock.

${kept}`,
    { ...(await resolveConfig(RESULTS)), filepath: RESULTS },
  ),
);

// `npm run bench`: what each element costs a page, measured in one run on this machine with
// Debian's Chromium. (a) sizes: `scripts/size.mjs`; (b) time to the first render of each
// element and of two peer widgets against a bare Lit element that renders the same text (the
// floor): `scripts/first-render.mjs`. Prints a table and writes bench/results.md.
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

const RUNS = Number(process.env.BENCH_RUNS ?? 21);

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
    ...clock(result.fromPageStart, true),
    ...clock(result.fromScriptStart, false),
  ];
}

const sizeReport = execFileSync('node', ['scripts/size.mjs'], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'bt-bench-'));
const server = await serveStatic(dir, {}, answer);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const setup = { browser, server, dir, runs: RUNS };
const ours = [];
const peers = [];
try {
  for (const element of ELEMENTS) ours.push(await measure(setup, await elementSubject(dir, element)));
  for (const [index, peer] of (await preparePeers(dir)).entries()) {
    peers.push(await measure(setup, { ...peer, name: `peer-${index}`, label: peer.name }));
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const HEADER = [
  'Subject',
  'Fetched to render, gzip (KB)',
  'brotli (KB)',
  'From page start (ms)',
  'Bare Lit, from page start (ms)',
  `Ratio (budget ${RATIO_BUDGET})`,
  'From script start (ms)',
  'Bare Lit, from script start (ms)',
  'Ratio, from script start',
];
console.log(sizeReport);
console.table([...ours, ...peers].map((row) => Object.fromEntries(row.map((cell, i) => [HEADER[i], cell]))));
const table = (rows) =>
  [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const RESULTS = 'bench/results.md';
writeFileSync(
  RESULTS,
  // Formatted as the repository's other Markdown, so that `npm run lint` accepts the new results.
  await format(
    `# Bench results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} with Debian's Chromium, one run on one machine (${cpus().length} cores). Each subject and its floor load ${RUNS} times each, in turns, each load in a fresh browser context; figures are medians. "Bare Lit" is the floor: a Lit element that renders the same visible text, bundled the same way. Pages are bundled with esbuild (code splitting, minified) and preload the files their entry imports, as the pages Angular's and Vite's builds write do. "Fetched to render" is what the page loaded before its first complete render (scripts, style sheets, JSON; not fonts or images).

Two clocks, read in the same loads, stop at the first complete render: **from page start** (the page's first script, before anything is fetched: what the customer waits) and **from script start** (the first line of the bundle to run: the cost of the code alone). The first includes the fetching and parsing of the page, the same for subject and floor, which dilutes the ratio and varies a lot from load to load on this machine; the second is steadier and stricter.

## Size of each entry point (\`npm run size\`)

\`\`\`
${sizeReport.trim()}
\`\`\`

## Time to first render

${table(ours)}

## Peer sign-in widgets, same measures

${table(peers)}

Peers render their sign-in view in French with their documented set-up: Hanko's element against a stub of its flow API on loopback (one \`login_init\` answer), Okta's widget with its classic engine, its style sheet and its French labels. Okta's widget is a classic script that is not bundled here, so it has no script-start clock.
`,
    { ...(await resolveConfig(RESULTS)), filepath: RESULTS },
  ),
);

// `npm run bench`, second part: Core Web Vitals of the demo pages, measured with Lighthouse in its
// default mobile profile (simulated slow 4G, a 4× slower CPU) in Debian's Chromium, against the
// demo stack that `npm start` runs (built demo, development identity provider, the demo server
// with compression and caching). Lighthouse lives in a package of its own, bench/lighthouse/,
// installed on first use (`npm ci --prefix bench/lighthouse`), so that the library's own install
// stays lean. Writes its section of bench/results.md and keeps the rest.
//
// LIGHTHOUSE_RUNS: runs per page (default 3; the figures are medians).
// LIGHTHOUSE_PAGES: names of the pages to measure, comma-separated (default all; no results file then).
// LIGHTHOUSE_REPORTS: a folder to keep each run's full report in (<page>-<run>.json), to read in detail,
// and its trace (<page>-<run>.trace.json), to open in DevTools' Performance panel.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { request } from 'node:https';
import { format, resolveConfig } from 'prettier';
import { freePort } from '../demo/listen.mjs';
import { startStack } from '../demo/stack.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { LIGHTHOUSE_HEADING, RESULTS, withLighthouseSection } from './results.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',');
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** The goals of issue 21, for every page. */
const GOALS = {
  performance: { text: '≥ 95', ok: (value) => value >= 95 },
  accessibility: { text: '100', ok: (value) => value === 100 },
  bestPractices: { text: '100', ok: (value) => value === 100 },
  lcp: { text: '≤ 2.0 s', ok: (value) => value <= 2000 },
  cls: { text: '≤ 0.05', ok: (value) => value <= 0.05 },
  tbt: { text: '≤ 150 ms', ok: (value) => value <= 150 },
};

const here = fileURLToPath(new URL('.', import.meta.url));
const packageDir = join(here, 'lighthouse');

/** Lighthouse and its Chrome launcher, from bench/lighthouse/, installed from its lockfile if missing. */
async function loadLighthouse() {
  if (!existsSync(join(packageDir, 'node_modules', 'lighthouse'))) {
    console.log('Installing Lighthouse for the bench (npm ci --prefix bench/lighthouse)…');
    execFileSync('npm', ['ci', '--prefix', packageDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  const require = createRequire(join(packageDir, 'package.json'));
  const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
  const [{ default: lighthouse }, { launch }] = await Promise.all([load('lighthouse'), load('chrome-launcher')]);
  return { lighthouse, launch };
}

/**
 * Asks the demo server once for every built file in each coding, so that no measured load waits
 * for the server's first (and only) compression of a file.
 */
async function warmUp(origin, root, certificate) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name))}`);
  const fetchOnce = (path, encoding) =>
    new Promise((resolve, reject) => {
      const call = request(
        `${origin}${path}`,
        { headers: { 'accept-encoding': encoding }, ca: certificate.cert },
        (res) => res.resume().on('end', resolve),
      );
      call.on('error', reject);
      call.end();
    });
  for (const path of [...files, '/config.json']) for (const encoding of ['br', 'gzip']) await fetchOnce(path, encoding);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What one Lighthouse report says about the goals, and the audits it failed. */
function readReport(lhr) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const flagged = [];
  for (const id of CATEGORIES) {
    for (const { id: auditId, group } of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[auditId];
      const scored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      // An audit passes from 0.9; the metrics are in the table already (or, for the last two, not scored).
      if (!scored || audit.score === null || audit.score >= 0.9) continue;
      if (group === 'metrics' || ['interactive', 'max-potential-fid'].includes(auditId)) continue;
      flagged.push(`${auditId}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    benchmark: lhr.environment.benchmarkIndex,
    flagged,
    warnings: lhr.runWarnings,
    errored: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => audit.id),
  };
}

const { lighthouse, launch } = await loadLighthouse();
// Other work on the machine slows the CPU that Lighthouse measures (TBT, and LCP through it): noted.
const loadBefore = loadavg()[0];
if (REPORTS) mkdirSync(REPORTS, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'bt-lighthouse-'));
const root = join(dataDir, 'demo');
const stack = await startStack({
  outDir: root,
  idpPort: await freePort(),
  demoPort: await freePort(),
  dataFile: join(dataDir, 'customers.json'),
  quiet: true,
  log: () => undefined,
});
const { demo, idp, certificate } = stack;
// An activation link the provider says is valid, as `npm start` prints it.
const camille = idp.store.customer('camille.martin@example.fr');
const token =
  camille.activations.find((activation) => idp.store.activationStatus(activation) === 'valid')?.token ??
  idp.store.issueLink(camille).token;
const PAGES = [
  ['portal', '/', '/'],
  ['activation', `/activation.html#token=${token}`, '/activation.html#token=<valid>'],
  ['journey', `/journey.html#token=${token}`, '/journey.html#token=<valid>'],
  ['all-elements', '/all-elements.html', '/all-elements.html'],
  ['header', '/header.html', '/header.html (the sign-in button alone, in a header)'],
].filter(([name]) => !ONLY || ONLY.includes(name));

const chromiumVersion = /[\d.]+/.exec(
  execFileSync(ensureChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
)?.[0];
const chrome = await launch({
  chromePath: ensureChromium(),
  // The demo's certificate is made for this run: the bench's Chromium accepts any, the tests' only it.
  chromeFlags: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
  logLevel: 'silent',
});
const rows = [];
try {
  await warmUp(demo.origin, root, certificate);
  for (const [name, path, label] of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      // A run that fails to record its trace (NO_NAVSTART on a busy machine) is made again, twice at most.
      let result;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(`${demo.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result?.lhr.runtimeError) break;
        if (attempt === 3) throw new Error(`${name}: ${result?.lhr.runtimeError.message}`);
        console.warn(`${name}: ${result.lhr.runtimeError.code}, run again`);
      }
      if (REPORTS) {
        writeFileSync(join(REPORTS, `${name}-${run + 1}.json`), result.report);
        writeFileSync(join(REPORTS, `${name}-${run + 1}.trace.json`), JSON.stringify(result.artifacts.Trace));
      }
      runs.push(readReport(result.lhr));
    }
    const figures = Object.fromEntries(
      ['performance', 'accessibility', 'bestPractices', 'lcp', 'cls', 'tbt', 'fcp', 'benchmark'].map((key) => [
        key,
        median(runs.map((run) => run[key])),
      ]),
    );
    const flagged = [...new Set(runs.flatMap((run) => run.flagged.map((text) => text.replace(/ \(.*\)$/, ''))))];
    const lastFlags = runs.at(-1).flagged;
    const warnings = [...new Set(runs.flatMap((run) => run.warnings))];
    const errored = [...new Set(runs.flatMap((run) => run.errored))];
    rows.push({ name, label, figures, flagged, lastFlags, warnings, errored });
    console.log(name, JSON.stringify(figures), flagged.join(', '));
  }
} finally {
  chrome.kill();
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
}

const mark = (key, value, text) => `${text} ${GOALS[key].ok(value) ? 'ok' : 'over'}`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const HEADER = [
  'Page',
  `Performance (${GOALS.performance.text})`,
  `Accessibility (${GOALS.accessibility.text})`,
  `Best practices (${GOALS.bestPractices.text})`,
  `LCP (${GOALS.lcp.text})`,
  `CLS (${GOALS.cls.text})`,
  `TBT (${GOALS.tbt.text})`,
  'FCP',
  'CPU index',
];
const cells = rows.map(({ label, figures: f }) => [
  `\`${label.split(' ')[0]}\`${label.includes(' ') ? ` ${label.slice(label.indexOf(' ') + 1)}` : ''}`,
  mark('performance', f.performance, String(f.performance)),
  mark('accessibility', f.accessibility, String(f.accessibility)),
  mark('bestPractices', f.bestPractices, String(f.bestPractices)),
  mark('lcp', f.lcp, seconds(f.lcp)),
  mark('cls', f.cls, f.cls.toFixed(3)),
  mark('tbt', f.tbt, `${Math.round(f.tbt)} ms`),
  seconds(f.fcp),
  String(Math.round(f.benchmark)),
]);
console.table(cells.map((row) => Object.fromEntries(row.map((cell, i) => [HEADER[i], cell]))));
if (ONLY) process.exit(0);

const table = [HEADER, HEADER.map(() => '---'), ...cells].map((row) => `| ${row.join(' | ')} |`).join('\n');
const flags = rows
  .map(({ label, lastFlags, flagged }) => {
    const last = lastFlags.map((text) => text.replace(/ \(.*\)$/, ''));
    const others = flagged.filter((id) => !last.includes(id));
    const said = [
      lastFlags.length ? lastFlags.join('; ') : 'nothing',
      others.length && `other runs: ${others.join(', ')}`,
    ];
    return `- \`${label.split(' ')[0]}\`: ${said.filter(Boolean).join('; ')}`;
  })
  .join('\n');
const warnings = [...new Set(rows.flatMap((row) => row.warnings))];
const errored = [...new Set(rows.flatMap((row) => row.errored))];
const section = `${LIGHTHOUSE_HEADING}

Measured by \`npm run bench\` (\`node bench/lighthouse.mjs\`) on ${new Date().toISOString().slice(0, 10)} with Lighthouse 12.2.3 in its default mobile profile (simulated slow 4G, a 4× slower CPU, a Moto G Power screen) in Debian's Chromium, ${RUNS} runs per page, each from an empty cache; figures are medians. Lighthouse scales the CPU time it observes, so other work on the machine inflates TBT and LCP: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before the runs and ${loadavg()[0].toFixed(1)} after; "CPU index" is Lighthouse's own measure of the CPU speed during the runs (median; higher is faster). The pages are the demo that \`npm start\` serves: built by vite, served by demo/server.mjs as production would (HTTP/2, brotli, one-year caching of the hashed files, the configuration preloaded and a preconnect to the provider on the activation pages), with the development identity provider on another origin. Each figure is marked against the goal of issue 21.

${table}

What Lighthouse still flags (audits below 0.9 in the last run, with its figure; then those of other runs):

${flags}
${warnings.length ? `\nLighthouse warned: ${warnings.join(' ')}\n` : ''}${
  errored.length
    ? `\nLighthouse 12.2.3 could not run these diagnostics on Chromium ${chromiumVersion}, whose trace events it does not fully read: ${errored.map((id) => `\`${id}\``).join(', ')}. The metrics above do not depend on them; DevTools' Performance panel shows what shifts and which element is the largest paint.\n`
    : ''
}`;
writeFileSync(
  RESULTS,
  await format(withLighthouseSection(section), { ...(await resolveConfig(RESULTS)), filepath: RESULTS }),
);
console.log(`Wrote the Lighthouse section of ${RESULTS}.`);

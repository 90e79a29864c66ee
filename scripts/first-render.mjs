// Time to the first complete render of an element, against its floor: a minimal Lit element
// that renders the same DOM with the same style sheets, frozen from the element's own first
// render (its shadow DOM, and that of every element of ours inside it, as plain templates), and
// bundled the same way. What the ratio shows is therefore the cost of the element's logic alone:
// its controllers, localization, state and template branches. Used by `npm run bench`.
//
// Each page is bundled with esbuild (code splitting, minified) and gets a modulepreload link for
// each file its entry imports, as the index pages that Angular's and Vite's builds write do.
// Subject and floor load in turns (ABBA…), each in a fresh browser context, so that both see the
// same state of the machine; the ratio is of the two medians. Two clocks, read in the same loads:
// from page start (the first script of the page, before anything is fetched: what the customer
// waits) and from script start (the first line of the bundle to run: the cost of the code alone,
// without the fetching and parsing of the page, and with far less noise).
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { APP_BUNDLE } from './app-bundle.mjs';

/** The goal: first render, from script start, within this multiple of the frozen floor (medians). */
export const RATIO_BUDGET = 1.3;

/** Each element as a page shows it, and the entry point that registers it. */
export const ELEMENTS = [
  [
    'bt-lost-phone-card',
    'lost-phone-card',
    '<bt-lost-phone-card phone="01 23 45 67 89" email="service.client@bakertilly.fr" hours="Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00"></bt-lost-phone-card>',
  ],
  ['bt-password-hint', 'password-hint', '<bt-password-hint min-length="8"></bt-password-hint>'],
  ['bt-mfa-method-chooser', 'mfa-method-chooser', '<bt-mfa-method-chooser platform="ios"></bt-mfa-method-chooser>'],
  ['bt-signin-faq', 'signin-faq', '<bt-signin-faq></bt-signin-faq>'],
  ['bt-activation-landing', 'activation-landing', '<bt-activation-landing></bt-activation-landing>'],
  ['bt-signin-button', 'signin-button', '<bt-signin-button></bt-signin-button>'],
  ['bt-onboarding-journey', 'onboarding-journey', '<bt-onboarding-journey></bt-onboarding-journey>'],
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The page marks the start of scripts, then polls `ready` (the source of an in-page function)
// until it gives the subject's visible text: the first complete render.
const page = ({ head, body, ready, freeze }) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script>window.__start = performance.now();</script>
${head}</head><body>${body}
<script type="module">
function visibleText(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) {
    if (!walker.currentNode.parentElement?.closest('style, script, template')) text += walker.currentNode.data + ' ';
  }
  return text.replace(/\\s+/g, ' ').trim();
}
const ready = ${ready};
for (;;) {
  const text = await ready();
  if (text) {
    window.__rendered = performance.now() - window.__start;
    window.__fromScript = window.__scriptStart === undefined ? undefined : performance.now() - window.__scriptStart;
    window.__text = text;
    // At the moment of the first render: later states (a sign-in client that gave up, say) are
    // not what was timed.
    if (location.search === '?freeze') window.__frozen = (${FREEZE})(${JSON.stringify(freeze)});
    break;
  }
  await new Promise((resolve) => setTimeout(resolve));
}
</script></body></html>`;

/** Ours: complete once the shadow root has text and no "loading…" line. */
const elementReady = (tag) => `async () => {
  await customElements.whenDefined('${tag}');
  const el = document.querySelector('${tag}');
  await el.updateComplete;
  const text = visibleText(el.shadowRoot);
  const loading = /…$/.test(text) || el.shadowRoot.querySelector('[role="status"]')?.textContent.includes('…');
  return loading ? undefined : text;
}`;

/**
 * In the page, once the subject has rendered: the shadow DOM (without Lit's marker comments) and
 * the adopted style sheets of the subject and of every element inside it that has a shadow root,
 * each element by its tag name, the subject first.
 */
const FREEZE = (tag) => {
  const frozen = new Map();
  const visit = (element) => {
    const root = element.shadowRoot;
    if (!root) return;
    const name = element.localName;
    if (!frozen.has(name)) {
      const styles = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      frozen.set(name, { markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''), css: styles.join('\n') });
    }
    for (const inner of root.querySelectorAll('*')) visit(inner);
  };
  visit(document.querySelector(tag));
  return [...frozen].map(([name, { markup, css }]) => ({ name, markup, css }));
};

// Text as the body of a JavaScript template literal.
const literal = (text) => text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');

/**
 * The floor's source: one plain Lit element per frozen element, the subject as `floorTag` and the
 * elements inside it renamed alike, each with its static template and its styles.
 */
function frozenElements(frozen, floorTag) {
  const renamed = new Map(frozen.map(({ name }, index) => [name, index === 0 ? floorTag : `${floorTag}-${index}`]));
  const rename = (markup) =>
    markup.replace(/(<\/?)([a-z][a-z0-9]*-[a-z0-9-]*)/g, (all, open, name) =>
      renamed.has(name) ? open + renamed.get(name) : all,
    );
  const definitions = frozen.map(
    ({ name, markup, css }) => `customElements.define('${renamed.get(name)}', class extends LitElement {
  static styles = unsafeCSS(\`${literal(css)}\`);
  render() { return html\`${literal(rename(markup))}\`; }
});`,
  );
  return `import { LitElement, html, unsafeCSS } from 'lit';\n${definitions.join('\n')}\n`;
}

/** The floor of a peer widget (nothing to freeze): a Lit element that renders the same text. */
const bareText = (floorTag, text) => `import { LitElement, html } from 'lit';
customElements.define('${floorTag}', class extends LitElement { render() { return html\`<p>\${${JSON.stringify(text)}}</p>\`; } });\n`;

/**
 * Bundles `source` into `dir/name/` and returns the page's head: the entry script and a
 * modulepreload link for each file the entry imports statically.
 */
async function bundle(dir, name, source) {
  const entry = join(dir, `${name}.entry.js`);
  writeFileSync(entry, source);
  const { metafile } = await build({
    ...APP_BUNDLE,
    entryPoints: [entry],
    outdir: join(dir, name),
    nodePaths: [join(process.cwd(), 'node_modules')],
    metafile: true,
    logLevel: 'error',
    // Marks script start: the first chunk to run sets it.
    banner: { js: 'window.__scriptStart ??= performance.now();' },
  });
  const url = (path) => `./${relative(dir, join(process.cwd(), path))}`;
  const [output, { imports }] = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${name}.entry.js`));
  const preloads = imports
    .filter((imported) => imported.kind === 'import-statement')
    .map((imported) => `<link rel="modulepreload" href="${url(imported.path)}">`);
  return [...preloads, `<script type="module" src="${url(output)}"></script>`].join('\n');
}

async function load(browser, url) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => window.__rendered !== undefined, undefined, { timeout: 20_000 });
    const measured = await tab.evaluate(() => ({
      frozen: window.__frozen,
      time: window.__rendered,
      fromScript: window.__fromScript,
      text: window.__text,
      // What the page fetched to render: scripts, style sheets, JSON (not fonts or images).
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => /\.(m?js|css|json)$/.test(new URL(entry.name).pathname))
        .map((entry) => new URL(entry.name).pathname),
    }));
    return measured;
  } finally {
    await context.close();
  }
}

/**
 * Measures one subject (`{ name, head, body, ready, freeze? }`, its files already in `dir`)
 * against its floor, `runs` loads of each. `freeze` names the subject's element, whose first render
 * becomes the floor; without it (a peer widget), the floor renders the subject's text in a `<p>`. Returns the subject's visible text, the files it fetched, and for
 * each clock the two medians and their ratio (no script-start clock for a subject that does not
 * set `window.__scriptStart`).
 */
export async function timeAgainstFloor({ browser, server, dir, runs }, subject) {
  writeFileSync(join(dir, `${subject.name}.html`), page(subject));
  const subjectUrl = `${server.url}/${subject.name}.html`;
  // A first load, not counted: what the subject fetched, and its render to freeze.
  const { text, fetched, frozen } = await load(browser, subject.freeze ? `${subjectUrl}?freeze` : subjectUrl);
  const floorTag = `floor-${subject.name}`;
  const floorHead = await bundle(dir, floorTag, frozen ? frozenElements(frozen, floorTag) : bareText(floorTag, text));
  // The same host element, attributes and all, under the floor's name.
  const floorBody = frozen ? subject.body.replaceAll(subject.freeze, floorTag) : `<${floorTag}></${floorTag}>`;
  writeFileSync(
    join(dir, `${floorTag}.html`),
    page({ head: floorHead, body: floorBody, ready: elementReady(floorTag) }),
  );
  const floorUrl = `${server.url}/${floorTag}.html`;
  const floorText = (await load(browser, floorUrl)).text;
  if (floorText !== text) throw new Error(`The floor of ${subject.name} shows other text:\n${floorText}\n≠ ${text}`);

  const loads = { subject: [], floor: [] };
  for (let run = 0; run < runs; run++) {
    // ABBA order: neither side always goes first.
    const order = run % 2 === 0 ? ['subject', 'floor'] : ['floor', 'subject'];
    for (const side of order) loads[side].push(await load(browser, side === 'subject' ? subjectUrl : floorUrl));
  }
  const compare = (clock) => {
    if (loads.subject.some((one) => one[clock] === undefined)) return undefined;
    const subject = median(loads.subject.map((one) => one[clock]));
    const floor = median(loads.floor.map((one) => one[clock]));
    return { subject, floor, ratio: subject / floor };
  };
  return { text, fetched, fromPageStart: compare('time'), fromScriptStart: compare('fromScript') };
}

/** Bundles one of our elements (from dist/) as an application would, ready to time. */
export async function elementSubject(dir, [tag, entry, markup]) {
  const head = await bundle(dir, tag, `import '${join(process.cwd(), 'dist/components', entry, 'define.js')}';\n`);
  return { name: tag, label: `\`<${tag}>\``, head, body: markup, ready: elementReady(tag), freeze: tag };
}

// A visual check of every story: each is drawn in French on a light page, on a 375 px phone and a
// 1280 px desktop, and compared with its committed baseline (test/visual/<story>--<width>.png).
// A design change is then reviewed, never accidental: when a change is meant, draw the baselines
// again with `UPDATE_VISUAL=1 node --test test/e2e/visual.test.mjs` (after `npm run build-storybook`)
// and commit the pictures with the change. Stories read a fixed clock (.storybook/fixed-clock.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { openStory, stories, useStorybook } from './storybook.mjs';

const BASELINES = 'test/visual';
const WIDTHS = [375, 1280];
const UPDATE = process.env.UPDATE_VISUAL === '1';
// Anti-aliasing may move a few pixels from one run to the next (pixelmatch leaves out those it
// recognises); one changed word moves hundreds.
const PIXEL_THRESHOLD = 0.05;
const MAX_DIFFERENT_PIXELS = 25;

const storybook = useStorybook();

/** Until the story has played, every element has rendered, fonts are in and nothing moves. */
async function settle(page) {
  await page.waitForFunction(() =>
    ['completed', 'finished'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
  );
  await page.evaluate(async () => {
    const elements = (root) =>
      [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? elements(node.shadowRoot) : [])]);
    for (let round = 0; round < 5; round++) {
      const pending = elements(document).filter((node) => node.updateComplete);
      const settled = await Promise.all(pending.map((node) => node.updateComplete));
      if (settled.every(Boolean)) break;
    }
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
}

/** Two pictures taken one after the other agree: what is on screen has stopped changing. */
async function stablePicture(page) {
  const take = () => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  let previous = await take();
  for (let attempt = 0; attempt < 10; attempt++) {
    const next = await take();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error('the story never stopped changing');
}

function compare(actual, expected) {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  if (a.width !== b.width || a.height !== b.height)
    return { ok: false, why: `${a.width}×${a.height} px instead of ${b.width}×${b.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const different = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  return {
    ok: different <= MAX_DIFFERENT_PIXELS,
    why: `${different} pixels differ (${((different / (a.width * a.height)) * 100).toFixed(2)} %)`,
    diff: PNG.sync.write(diff),
  };
}

describe('every story looks as its baseline', () => {
  it(`draws ${stories.length} stories at ${WIDTHS.join(' and ')} px as their committed pictures`, async () => {
    assert.ok(stories.length > 40, `found only ${stories.length} stories`);
    mkdirSync(BASELINES, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'bt-visual-'));
    const jobs = stories.flatMap((story) => WIDTHS.map((width) => [story.id, width]));
    const failures = [];
    const worker = async () => {
      const context = await storybook.browser.newContext({ reducedMotion: 'reduce', deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const [id, width] = job;
        await page.setViewportSize({ width, height: 812 });
        if (!(await openStory(page, storybook.server.url, id, { locale: 'fr', scheme: 'light' }))) {
          failures.push(`${id} at ${width} px: nothing rendered`);
          continue;
        }
        await settle(page);
        const picture = await stablePicture(page);
        const baseline = join(BASELINES, `${id}--${width}.png`);
        if (UPDATE || !existsSync(baseline)) {
          if (!UPDATE)
            failures.push(`${id} at ${width} px: no baseline (drawn now in ${baseline}: review and commit it)`);
          writeFileSync(baseline, picture);
          continue;
        }
        const result = compare(picture, readFileSync(baseline));
        if (!result.ok) {
          writeFileSync(join(out, `${id}--${width}.png`), picture);
          if (result.diff) writeFileSync(join(out, `${id}--${width}.diff.png`), result.diff);
          failures.push(`${id} at ${width} px: ${result.why} (see ${out})`);
        }
      }
      await context.close();
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(failures, [], failures.join('\n'));
  });
});

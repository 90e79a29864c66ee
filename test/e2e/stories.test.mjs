// Opens every story of the built Storybook in Chromium, in French on a light page and in English on
// a dark one 320 CSS px wide: each must render an element with content, without a console error, a
// failed request or an uncaught exception, pass axe (colour contrast included, in both schemes),
// and reflow at 320 px without horizontal scrolling (WCAG 1.4.10).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { openStory, stories, useStorybook } from './storybook.mjs';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const storybook = useStorybook();

async function check(page, id, locale, scheme) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  const onError = (error) => problems.push(`uncaught: ${error.message}`);
  const onResponse = (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('response', onResponse);
  try {
    const rendered = await openStory(page, storybook.server.url, id, { locale, scheme });
    if (!rendered) {
      problems.push('nothing rendered within 15 s');
      return problems;
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0)
      problems.push(`scrolls horizontally by ${overflow} px at ${await page.evaluate(() => innerWidth)} px`);
    // Transitions (a disclosure opening, a fade) end before axe reads colours and positions.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      // Storybook's accessibility addon may be running axe on the same story: wait for it.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    problems.push(...violations.map((v) => `axe ${v}`));
    if (scheme === 'light') {
      // Text at 200 % (WCAG 1.4.4) on a 640 px page: nothing may be cut off sideways.
      await page.setViewportSize({ width: 640, height: 800 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      // Reading the width lays the page out again at the new size.
      const cut = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (cut > 0) problems.push(`with text at 200 %, scrolls horizontally by ${cut} px at 640 px`);
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('response', onResponse);
  }
  return problems;
}

describe('every story', () => {
  it(`renders ${stories.length} stories in both locales and schemes without errors or accessibility violations`, async () => {
    assert.ok(stories.length > 40, `found only ${stories.length} stories`);
    const jobs = stories.flatMap((story) => [
      [story.id, 'fr', 'light'],
      [story.id, 'en', 'dark'],
    ]);
    const failures = [];
    const worker = async () => {
      const page = await storybook.browser.newPage({ viewport: { width: 1280, height: 800 } });
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const [id, locale, scheme] = job;
        await page.setViewportSize(scheme === 'dark' ? { width: 320, height: 640 } : { width: 1280, height: 800 });
        const problems = await check(page, id, locale, scheme);
        if (problems.length) failures.push(`${id} (${locale}, ${scheme}):\n    ${problems.join('\n    ')}`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
    assert.deepEqual(failures, [], failures.join('\n'));
  });
});

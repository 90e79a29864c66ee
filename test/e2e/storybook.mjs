// The built Storybook, as the story tests open it: its stories, and one story opened in a page
// until its elements have rendered.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

export const STATIC = process.env.STORYBOOK_DIR ?? 'storybook-static';

/** Every story of the built Storybook (none when it is not built). */
export const stories = existsSync(`${STATIC}/index.json`)
  ? Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries).filter(
      (entry) => entry.type === 'story',
    )
  : [];

/**
 * Opens story `id` and waits until it shows an element with content (a `bt-*` element's shadow
 * text, or the story's own text). False when nothing rendered within 15 s.
 */
export async function openStory(page, origin, id, { locale, scheme }) {
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};scheme:${scheme}`);
  return page
    .waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root');
        const element = root?.querySelector('*');
        const rendered = [...(root?.querySelectorAll('*') ?? [])].some(
          (node) => node.localName.startsWith('bt-') && node.shadowRoot?.textContent?.trim(),
        );
        return element && (rendered || root.textContent.trim());
      },
      undefined,
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

/**
 * Serves the built Storybook and starts Chromium for the calling test file; `.server` and
 * `.browser` are there once its tests run.
 */
export function useStorybook() {
  const storybook = {};
  before(async () => {
    assert.ok(existsSync(`${STATIC}/index.json`), 'run `npm run build-storybook` first');
    storybook.server = await serveStatic(STATIC);
    storybook.browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await storybook.browser?.close();
    await storybook.server?.close();
  });
  return storybook;
}

// Screenshots of the built Storybook's journey stories at phone and desktop widths, in light and
// dark schemes, into .cache/screenshots/ — for people to look at; nothing is compared.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const STORIES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'elements-onboarding-journey--activation-link',
      'elements-onboarding-journey--existing-account-question',
      'elements-onboarding-journey--second-factor',
      'elements-onboarding-journey--done',
    ];
const out = '.cache/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic('storybook-static');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
for (const id of STORIES) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=scheme:${scheme}`);
      await page.waitForTimeout(600);
      const file = `${out}/${id.replace(/^elements-/, '')}-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
await server.close();

// One task and one primary action per screen, in view: on a 375 × 812 phone, each state of the
// activation landing shows its heading, its first sentence and its primary action without
// scrolling, on the demo pages as `npm start` serves them (with the portal's header above).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALEX, CAMILLE, useE2e } from './support.mjs';

const e2e = useE2e();
const PHONE = { width: 375, height: 812 };

/** The bottom edge, in CSS pixels from the top of the viewport, of each part that must be in view. */
async function bottoms(page, host, action) {
  const element = page.locator(host).first();
  const title = element.locator('[part~="title"]').first();
  const firstSentence = element.locator('[part~="title"] + p').first();
  const primary = element.getByRole('button', { name: action, exact: true });
  await primary.waitFor();
  const box = async (locator) => {
    const { y, height } = await locator.boundingBox();
    return Math.round(y + height);
  };
  return { title: await box(title), sentence: await box(firstSentence), action: await box(primary) };
}

const STATES = [
  ['a valid link', () => `/activation.html#token=${e2e.tokenOf(CAMILLE.email, 'valid')}`, 'Activer mon accès'],
  ['an expired link', () => `/activation.html#token=${e2e.tokenOf(ALEX.email, 'expired')}`, 'Recevoir un nouveau lien'],
  ['a damaged link', () => `/activation.html#token=${'x'.repeat(12)}`, 'Recevoir un nouveau lien'],
  ['no link at all', () => '/activation.html', 'Recevoir un nouveau lien'],
  ['the journey’s first step', () => `/journey.html#token=${e2e.tokenOf(CAMILLE.email, 'valid')}`, 'Activer mon accès'],
];

describe('the first screen on a phone (375 × 812)', () => {
  for (const [state, path, action] of STATES) {
    it(`shows the heading, a sentence and « ${action} » without scrolling, for ${state}`, async () => {
      const page = await e2e.newPage({ viewport: PHONE });
      await page.goto(`${e2e.demo}${path()}`);
      // Inside the journey too: locators go through shadow roots.
      const seen = await bottoms(page, 'bt-activation-landing', action);
      assert.equal(await page.evaluate(() => scrollY), 0, 'the page has not scrolled');
      for (const [what, bottom] of Object.entries(seen)) {
        assert.ok(bottom <= PHONE.height, `${what} ends at ${bottom} px, below the first screen (${PHONE.height} px)`);
      }
      await page.context().close();
    });
  }
});

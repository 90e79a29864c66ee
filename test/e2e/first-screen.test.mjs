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

// The journey's steps after the link, as a phone shows them (touch, 375 × 812): the heading, the
// first sentence and the way on of the account question, the password step and the second factor,
// from the top of the page. At the second factor, « Continuer » comes right after the choice (the chooser's
// `actions` slot), before the questions about the phone.
describe('the journey’s steps on a phone (375 × 812)', () => {
  for (const locale of ['fr', 'en']) {
    it(`shows the heading, a sentence and « Continuer » without scrolling, at the account question, the password step and the second factor (${locale})`, async () => {
      const words = (fr, en) => (locale === 'fr' ? fr : en);
      const page = await e2e.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
      await page.goto(`${e2e.demo}/journey.html#token=${e2e.tokenOf(CAMILLE.email, 'valid')}`);
      const journey = page.locator('bt-onboarding-journey');
      if (locale === 'en') {
        // The demo wires its language buttons once the elements are defined, after the page's
        // load event: the journey's first screen shows they are.
        await journey.getByRole('button', { name: 'Activer mon accès', exact: true }).waitFor();
        await page.getByRole('button', { name: 'English', exact: true }).click();
      }
      const next = journey.getByRole('button', { name: words('Continuer', 'Continue'), exact: true });
      // Positions from the top of the page: what shows on arriving, before any scrolling.
      const bottom = (locator) => locator.evaluate((node) => Math.round(node.getBoundingClientRect().bottom + scrollY));
      const inView = async (step, sentence) => {
        const seen = {
          heading: await bottom(journey.locator('[part~="step-title"]')),
          sentence: await bottom(sentence),
          action: await bottom(next),
        };
        for (const [what, at] of Object.entries(seen)) {
          assert.ok(
            at <= PHONE.height,
            `${step}: the ${what} ends at ${at} px, below the first screen (${PHONE.height} px)`,
          );
        }
      };

      await journey
        .getByRole('button', { name: words('Activer mon accès', 'Activate my access'), exact: true })
        .click();
      await next.waitFor();
      await inView('the account question', journey.locator('#existing-hint'));

      await journey.getByText(words('Non, ou je ne sais pas', 'No, or I don’t know')).click();
      await next.click();
      await journey.locator('bt-password-hint').waitFor();
      await inView('the password step', journey.locator('[part~="step-title"] + p'));
      await next.click();
      const chooser = journey.locator('bt-mfa-method-chooser');
      await chooser.waitFor();
      await inView('the second factor', chooser.locator('[part~="base"] > p').first());

      // The app chosen on a touch screen this narrow: store buttons, no QR code to scan from the
      // phone's own screen (Chromium here says it runs on a computer, so both stores are offered).
      await chooser
        .getByRole('radio', { name: words('Application Microsoft Authenticator', 'Microsoft Authenticator app') })
        .check();
      await chooser.locator('[part~="store-link"]').first().waitFor();
      assert.equal(await chooser.locator('[part~="store-link"]:visible').count(), 2);
      assert.equal(await chooser.locator('[part~="qr-code"]:visible, .qr-placeholder:visible').count(), 0);
      // (The sentence about scanning a code shows on a computer; not here.)
      assert.equal(await chooser.locator('.qr-hint').count(), 1);
      assert.equal(await chooser.locator('.qr-hint').isVisible(), false);
      await page.context().close();
    });
  }
});

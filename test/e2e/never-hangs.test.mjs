// Every step of sign-in ends: a provider that holds its answers, a popup closed at any moment, a
// reload while Microsoft's answer is redeemed, and sign-out back to where it started. Two tabs:
// sign-in.test.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMINIQUE, portal, provider, useE2e, whenAlertSays } from './support.mjs';

const e2e = useE2e();

const METADATA = '/.well-known/openid-configuration';
/** A short deadline, so that a held provider fails in seconds rather than the default 20 s. */
const SHORT = 'network-timeout=3000';

describe('a provider that does not answer', () => {
  it('ends a redirect sign-in whose metadata never comes with a described problem, and retries', async () => {
    const release = e2e.stack.idp.hold(METADATA, 100_000);
    const page = await e2e.newPage();
    try {
      await page.goto(`${e2e.demo}/?${SHORT}`);
      const started = Date.now();
      await portal.signInButton(page).click();
      await portal.problem(page).getByText('Service de connexion injoignable').waitFor({ timeout: 10_000 });
      assert.ok(Date.now() - started < 8_000, 'ended within the deadline, not after the provider gave up');
    } finally {
      release();
    }
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await page.context().close();
  });

  it('ends a popup sign-in whose metadata never comes, without a later reload error', async () => {
    const release = e2e.stack.idp.hold(METADATA, 100_000);
    const page = await e2e.newPage();
    try {
      await page.goto(`${e2e.demo}/?interaction=popup&${SHORT}`);
      await portal.signInButton(page).click();
      await portal.problem(page).getByText('Service de connexion injoignable').waitFor({ timeout: 10_000 });
    } finally {
      release();
    }
    await page.reload();
    await portal.signInButton(page).waitFor();
    assert.equal(await portal.problem(page).count(), 0, 'nothing left to complain about after a reload');
    await page.context().close();
  });

  it('offers to cancel a stuck sign-in on a second click, and starts again', async () => {
    const release = e2e.stack.idp.hold(METADATA, 100_000);
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/?interaction=popup`);
    const [stuck] = await Promise.all([page.waitForEvent('popup'), portal.signInButton(page).click()]);
    await page.getByRole('button', { name: 'Connexion…' }).click({ force: true });
    release();
    const [again] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Annuler et recommencer' }).click(),
    ]);
    await again.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(again, DOMINIQUE);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    assert.ok(stuck.isClosed() || stuck.url() === 'about:blank');
    await page.context().close();
  });
});

describe('a popup closed early', () => {
  for (const when of ['while still blank', 'as soon as the provider’s page appears']) {
    it(`is reported as cancelled within a second, closed ${when}`, async () => {
      // A slow provider keeps the popup blank.
      const release = when.includes('blank') ? e2e.stack.idp.hold('/auth', 20_000) : () => undefined;
      const page = await e2e.newPage();
      try {
        await page.goto(`${e2e.demo}/?interaction=popup`);
        const [popup] = await Promise.all([page.waitForEvent('popup'), portal.signInButton(page).click()]);
        if (!when.includes('blank')) await popup.getByLabel('Adresse e-mail').waitFor();
        const reported = whenAlertSays(page, 'Connexion annulée');
        const closed = await page.evaluate(() => performance.now());
        await popup.close();
        const shown = await reported;
        assert.notEqual(shown, undefined, 'reported at all');
        const elapsed = Math.round(shown - closed);
        assert.ok(elapsed < 1_000, `reported ${elapsed} ms after closing`);
      } finally {
        release();
      }
      const [again] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: 'Réessayer' }).click(),
      ]);
      await again.waitForURL(`${e2e.idp}/interaction/**`);
      await page.context().close();
    });
  }
});

describe('a network lost after the page loaded', () => {
  it('still describes a failure when its description cannot be downloaded', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/?interaction=popup`);
    // Once the page has loaded what it needs at first, the network goes: the descriptions,
    // fetched at the first failure, cannot come.
    await page.waitForFunction(() => customElements.get('bt-signin-button') !== undefined);
    await page.route('**/describe-problem-*.js', (route) => route.abort('internetdisconnected'));
    const [popup] = await Promise.all([page.waitForEvent('popup'), portal.signInButton(page).click()]);
    await popup.close();
    await portal.problem(page).getByText('Pas d’accès à Internet').waitFor({ timeout: 5_000 });
    // Back online, the next failure gets its own description.
    await page.unroute('**/describe-problem-*.js');
    const [again] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Réessayer' }).click(),
    ]);
    await again.close();
    await portal.problem(page).getByText('Connexion annulée').waitFor({ timeout: 5_000 });
    await page.context().close();
  });
});

describe('a reload while Microsoft’s answer is redeemed', () => {
  it('says the sign-in was interrupted, and can start again', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    const release = e2e.stack.idp.hold('/token', 30_000);
    try {
      // Back on the page, MSAL redeems the answer (the provider holds it): reload once the
      // token request is under way, not before.
      const redeeming = page.waitForRequest((request) => new URL(request.url()).pathname === '/token');
      await provider.signInWithAuthenticator(page, DOMINIQUE);
      await page.waitForURL(`${e2e.demo}/`);
      await redeeming;
      await page.getByRole('button', { name: 'Vérification…' }).waitFor();
      await page.reload();
      await portal.problem(page).getByText('Connexion interrompue').waitFor();
    } finally {
      release();
    }
    // The provider still knows the customer: starting again signs in without a password.
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });
});

describe('sign-out', () => {
  it('comes back to the page it started from, and a signed-out tab no longer loads MSAL', async () => {
    const page = await e2e.newPage();
    const start = `${e2e.demo}/all-elements.html#faq-lost-phone`;
    await page.goto(start);
    const button = page.locator('bt-signin-button').getByRole('button', { name: 'Se connecter', exact: true });
    await button.click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(page, DOMINIQUE);
    await page.waitForURL(start);
    await portal.signOut(page, DOMINIQUE.name);
    await page.waitForURL(`${e2e.idp}/session/end**`);
    await provider.confirmSignOut(page);
    await page.waitForURL(start);
    await button.waitFor();
    assert.deepEqual(
      await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('msal.'))),
      [],
      'nothing of MSAL left in the tab',
    );
    const msalRequests = [];
    page.on('request', (request) => /msal/i.test(request.url()) && msalRequests.push(request.url()));
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    assert.deepEqual(msalRequests, [], 'a signed-out tab does not download MSAL');
    // Nothing of the sign-out holds the next sign-in back.
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await page.context().close();
  });
});

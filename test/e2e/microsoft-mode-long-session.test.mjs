// A page left open for a long session, with the README's Microsoft Entra configuration, against the
// Entra emulator with short lifetimes: access tokens of 6 s (Entra: about an hour), a refresh token
// chain of 365 s (Entra: 24 h for a single-page application, not extended by renewals) and a
// browser session at Microsoft of 40 s (sign-in frequency). MSAL renews with the refresh token
// until five minutes before the chain ends (its DEFAULT_REFRESH_TOKEN_EXPIRATION_OFFSET_SECONDS),
// so here for about a minute; then it tries the hidden iframe, which the provider's session no
// longer answers (nor would a browser that blocks third-party cookies, as this Chromium does). The
// page renews silently, then says the session has ended, and signs in again without leaving.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENTRA_HOST, ENTRA_TENANT } from '../../demo/idp/entra.mjs';
import { DOMINIQUE, closed, portal } from './support.mjs';
import { microsoftPage, README_PAGES, useMicrosoftE2e } from './microsoft-mode-support.mjs';

const e2e = useMicrosoftE2e(
  { entra: README_PAGES.entra },
  { lifetimes: { accessToken: 6, refreshToken: 365, session: 40 } },
);

const authorizeRequests = () => e2e.entra.requests.filter((request) => request.includes('/oauth2/v2.0/authorize'));

/** Signs in with the README's default (a redirect), then leaves things on the page the customer must keep. */
async function signInAndStartWork() {
  const origin = e2e.origins.entra;
  const page = await e2e.newPage();
  await page.goto(`${origin}/microsoft.html`);
  await portal.signInButton(page).click();
  await page.waitForURL(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/authorize?**`);
  await microsoftPage.signIn(page, DOMINIQUE);
  await page.waitForURL(`${origin}/microsoft.html`);
  await portal.accountButton(page, DOMINIQUE.name).waitFor();
  await page.evaluate(() => {
    const draft = document.createElement('textarea');
    draft.id = 'draft';
    draft.value = 'Mon message au cabinet, à moitié écrit';
    document.querySelector('main').append(draft);
    window.unsavedWork = 42;
  });
  const popups = [];
  page.on('popup', (popup) => popups.push(popup));
  return { page, popups };
}

/** What the customer had on the page is still there: no navigation happened. */
async function expectWorkKept(page) {
  assert.deepEqual(
    await page.evaluate(() => ({ draft: document.querySelector('#draft')?.value, work: window.unsavedWork })),
    { draft: 'Mon message au cabinet, à moitié écrit', work: 42 },
  );
}

/** « Session terminée », then « Se reconnecter » opens Microsoft's page in a popup with the address, and the page stays. */
async function signInAgain(page) {
  const problem = portal.problem(page);
  await problem.getByText('Session terminée').waitFor();
  await problem.getByText('vous resterez sur cette page').waitFor();
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Se reconnecter' }).click(),
  ]);
  await popup.waitForURL(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/authorize?**`);
  assert.equal(new URL(popup.url()).searchParams.get('login_hint'), DOMINIQUE.email, 'the address is given');
  await microsoftPage.signIn(popup, DOMINIQUE);
  await closed(popup);
  await portal.accountButton(page, DOMINIQUE.name).waitFor();
  assert.equal(await portal.problem(page).count(), 0, 'the problem is gone');
  await expectWorkKept(page);
}

describe('a long session, with the README configuration for Microsoft Entra', () => {
  it('stays signed in through ten silent renewals, then says the session ended and signs in again on the same page', async () => {
    const { page, popups } = await signInAndStartWork();
    const renewalsAtSignIn = e2e.entra.renewals;
    const authorizeAtSignIn = authorizeRequests().length;

    // Ten renewals, each with the refresh token, and nothing the customer sees changes.
    for (let renewal = 1; renewal <= 10; renewal++) {
      await waitFor(() => e2e.entra.renewals >= renewalsAtSignIn + renewal, 15_000);
      await portal.accountButton(page, DOMINIQUE.name).waitFor({ timeout: 1000 });
      assert.equal(await portal.problem(page).count(), 0, `no problem after renewal ${renewal}`);
    }
    assert.equal(
      authorizeRequests().length,
      authorizeAtSignIn,
      'no interaction, not even a hidden one, while renewing',
    );
    assert.equal(popups.length, 0, 'no window opened');
    await expectWorkKept(page);

    // The refresh token is about to end and the session at Microsoft has ended: login_required.
    await signInAgain(page);
    const afterSignIn = e2e.entra.renewals;
    await waitFor(() => e2e.entra.renewals > afterSignIn, 15_000);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });

  it('says the session ended when an administrator revokes it, and signs in again on the same page', async () => {
    const { page } = await signInAndStartWork();
    const renewals = e2e.entra.renewals;
    await waitFor(() => e2e.entra.renewals >= renewals + 1, 15_000);
    // « Revoke sessions »: the refresh tokens (AADSTS50173) and the browser's session at Microsoft.
    e2e.entra.revokeSessions(DOMINIQUE.email);
    await signInAgain(page);
    await page.context().close();
  });

  it('asked only for the mapped hosts', () => {
    assert.deepEqual(e2e.strayRequests(), []);
  });
});

/** Waits for a condition of the test's own process (the emulator's counters). */
async function waitFor(predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

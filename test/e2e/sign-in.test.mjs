import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DOMINIQUE, leftovers, portal, provider, startE2e } from './support.mjs';

let e2e;
before(async () => {
  e2e = await startE2e();
});
after(async () => {
  await e2e?.close();
  assert.deepEqual(e2e?.problems ?? [], [], 'no CSP violation and no uncaught page error over the run');
});

async function expectCleanUrlAndStorage(page) {
  const { url, localStorageMsalKeys } = await leftovers(page);
  assert.doesNotMatch(url, /[?#&](code|id_token|access_token|state|client_info)=/, `no response left in ${url}`);
  assert.deepEqual(localStorageMsalKeys, [], 'nothing of MSAL in localStorage');
}

describe('sign-in with a redirect', () => {
  it('signs in with email, password and the second factor, then signs out', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.demo}/`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.enterEmail(page, DOMINIQUE.email);
    await provider.enterPassword(page, DOMINIQUE.password);
    await provider.approveOnPhone(page);
    await page.waitForURL(`${e2e.demo}/`);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.getByText(`Bienvenue, ${DOMINIQUE.name}.`).waitFor();
    await expectCleanUrlAndStorage(page);

    await portal.signOut(page, DOMINIQUE.name);
    await page.waitForURL(`${e2e.idp}/session/end**`);
    await provider.confirmSignOut(page);
    await page.waitForURL(`${e2e.demo}/**`);
    await portal.signInButton(page).waitFor();
    await page.context().close();
  });
});

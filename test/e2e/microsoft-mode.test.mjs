// Sign-in with the configuration the README tells teams to write, in MSAL's default (AAD) mode,
// against the Microsoft mode of the development provider: Microsoft Entra
// (login.microsoftonline.com/<tenant>) and Entra External ID (<tenant>.ciamlogin.com).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CIAM_TENANT, ENTRA_CLIENT_ID, ENTRA_HOST, ENTRA_TENANT, ciamHost } from '../../demo/idp/entra.mjs';
import { DOMINIQUE, leftovers, portal } from './support.mjs';
import { microsoftPage, README_PAGES, useMicrosoftE2e } from './microsoft-mode-support.mjs';

const e2e = useMicrosoftE2e(README_PAGES);

async function expectSignedIn(page, origin) {
  await page.waitForURL(`${origin}/microsoft.html`);
  await portal.accountButton(page, DOMINIQUE.name).waitFor();
  await page.getByText(`Bienvenue, ${DOMINIQUE.name}.`).waitFor();
  const { url, localStorageMsalKeys } = await leftovers(page);
  assert.doesNotMatch(url, /[?#&](code|id_token|access_token|state|client_info)=/, `no response left in ${url}`);
  assert.deepEqual(localStorageMsalKeys, [], 'nothing of MSAL in localStorage');
}

/** The account MSAL keeps in sessionStorage: built from `client_info` and the id token. */
async function msalAccount(page) {
  return page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) {
      try {
        const value = JSON.parse(sessionStorage.getItem(key) ?? '');
        // An account entry, not the active-account filter nor a token (which also name homeAccountId).
        if (
          value &&
          typeof value === 'object' &&
          'homeAccountId' in value &&
          'authorityType' in value &&
          'username' in value
        )
          return value;
      } catch {
        // not JSON
      }
    }
    return undefined;
  });
}

describe('Microsoft Entra, with the README configuration (default protocol mode)', () => {
  it('signs in with a redirect to login.microsoftonline.com and back, then signs out', async () => {
    const origin = e2e.origins.entra;
    const page = await e2e.newPage();
    await page.goto(`${origin}/microsoft.html`);
    await portal.signInButton(page).click();
    await page.waitForURL(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/authorize?**`);
    const authorize = new URL(page.url());
    assert.equal(authorize.searchParams.get('client_id'), ENTRA_CLIENT_ID);
    assert.equal(authorize.searchParams.get('client_info'), '1', 'MSAL asks for client_info in AAD mode');
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    await microsoftPage.signIn(page, DOMINIQUE);
    await expectSignedIn(page, origin);

    const account = await msalAccount(page);
    assert.ok(account, 'MSAL cached an account');
    // validateAuthConfig always adds the authority's host to knownAuthorities, so MSAL takes its
    // cloud metadata from that host (no instance discovery, no login.windows.net cache alias).
    assert.equal(account.environment, ENTRA_HOST);
    assert.match(
      account.homeAccountId,
      new RegExp(`^[\\da-f-]{36}\\.${ENTRA_TENANT.id}$`),
      'home account id from client_info',
    );
    assert.equal(account.realm, ENTRA_TENANT.id);
    assert.equal(account.username, DOMINIQUE.email, 'username from preferred_username');

    const token = e2e.requests.find(
      (url) =>
        url === `https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/token` ||
        url.startsWith(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/token?`),
    );
    assert.ok(token, 'the code was redeemed at the tenant token endpoint');

    await portal.signOut(page, DOMINIQUE.name);
    await page.waitForURL(`${origin}/microsoft.html`);
    await portal.signInButton(page).waitFor();
    assert.ok(
      e2e.requests.some((url) => url.startsWith(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/logout?`)),
      'signed out at the tenant logout endpoint',
    );
    await page.context().close();
  });

  it('signs in with a popup', async () => {
    const origin = e2e.origins.entra;
    const page = await e2e.newPage();
    await page.goto(`${origin}/microsoft.html`);
    await page.evaluate(() => document.querySelector('bt-auth-provider')?.setAttribute('interaction', 'popup'));
    const [popup] = await Promise.all([page.waitForEvent('popup'), portal.signInButton(page).click()]);
    await popup.waitForURL(`https://${ENTRA_HOST}/${ENTRA_TENANT.id}/oauth2/v2.0/authorize?**`);
    await microsoftPage.signIn(popup, DOMINIQUE);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });
});

describe('Microsoft Entra External ID, with the README configuration', () => {
  it('signs in through <tenant>.ciamlogin.com and back', async () => {
    const origin = e2e.origins.externalId;
    const page = await e2e.newPage();
    await page.goto(`${origin}/microsoft.html`);
    await portal.signInButton(page).click();
    await page.waitForURL(`https://${ciamHost()}/${CIAM_TENANT.id}/oauth2/v2.0/authorize?**`);
    await microsoftPage.signIn(page, DOMINIQUE);
    await expectSignedIn(page, origin);
    const account = await msalAccount(page);
    assert.equal(account?.realm, CIAM_TENANT.id);
    assert.ok(
      e2e.requests.includes(
        `https://${ciamHost()}/${CIAM_TENANT.name}.onmicrosoft.com/v2.0/.well-known/openid-configuration`,
      ),
      'MSAL read the External ID metadata at <tenant>.ciamlogin.com/<tenant>.onmicrosoft.com/v2.0',
    );
    await page.context().close();
  });

  it('without known-authorities, MSAL rejects the issuer External ID gives and the page says sign-in is unavailable', async () => {
    const origin = e2e.origins.externalIdWithoutKnownAuthorities;
    const page = await e2e.newPage();
    await page.goto(`${origin}/microsoft.html`);
    await portal.signInButton(page).click();
    await portal.problem(page).waitFor();
    assert.equal(new URL(page.url()).origin, origin, 'the page never left for Microsoft');
    await page.context().close();
  });
});

describe('what left the browser', () => {
  it('asked only for the mapped hosts', () => {
    assert.deepEqual(e2e.strayRequests(), []);
    const microsoft = e2e.requests.filter((url) => !url.startsWith('https://localhost:'));
    assert.ok(microsoft.length > 0);
    if (process.env.E2E_LIST_REQUESTS)
      console.log([...new Set(microsoft.map((url) => url.replace(/\?.*$/, '')))].join('\n'));
  });
});

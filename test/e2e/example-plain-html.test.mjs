// examples/plain-html as a customer's browser gets it: the page loads the package's standalone
// files straight from the installed package (no bundler, no import map), under a strict CSP with
// Trusted Types, and signs in end to end against the development identity provider.
// `node scripts/examples.mjs` installs the example from the packed tarball first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLIENT_ID } from '../../demo/idp/provider.mjs';
import { startServer } from '../../examples/plain-html/server.mjs';
import { DOMINIQUE, freePort, portal, provider, useE2e } from './support.mjs';

/**
 * A watched page that also reports every `securitypolicyviolation` event (CSP and Trusted Types)
 * as a console error, which the harness turns into a failure of the run.
 */
async function openPage(e2e, options) {
  const page = await e2e.newPage(options);
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}

describe('examples/plain-html', () => {
  // The example's origin must be known to the identity provider when it starts.
  const options = { appOrigins: [] };
  let port;
  let app;
  let server;
  before(async () => {
    port = await freePort();
    app = `https://localhost:${port}`;
    options.appOrigins.push(app);
  });
  const e2e = useE2e(options);
  before(async () => {
    const { key, cert } = e2e.stack.certificate;
    server = await startServer({
      port,
      key,
      cert,
      config: {
        'client-id': CLIENT_ID,
        authority: e2e.idp,
        'protocol-mode': 'OIDC',
        'known-authorities': new URL(e2e.idp).host,
      },
    });
  });
  after(() => server?.close());

  it('loads the standalone files with no import map, and MSAL and English only on demand', async () => {
    const page = await openPage(e2e);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${app}/`);
    await portal.signInButton(page).waitFor();
    assert.equal(await page.locator('script[type="importmap"]').count(), 0);
    // The property the page's script set before the element was defined.
    await page.locator('bt-lost-phone-card').getByText('01 23 45 67 89').first().waitFor();
    await page.locator('bt-signin-faq').getByRole('heading').first().waitFor();
    // The chooser's event feeds the page's own state.
    await page.getByText('Aucune méthode choisie.').waitFor();
    await page.locator('bt-mfa-method-chooser').getByLabel('SMS').check();
    await page.getByText('Méthode choisie : SMS.').waitFor();
    const loaded = requested.filter((path) => path.startsWith('/standalone/'));
    assert.ok(loaded.includes('/standalone/auth-provider.js'), loaded.join(', '));
    assert.deepEqual(
      loaded.filter((path) => /\/chunks\/(msal-module|en)-/.test(path)),
      [],
      'MSAL and the English strings wait until needed',
    );
    await page.context().close();
  });

  it('serves the prebuilt redirect bridge with no-store and no COOP', async () => {
    // Requests made by the test itself, outside the browser under test.
    const page = await openPage(e2e, { ignoreHTTPSErrors: true });
    for (const path of ['/redirect.html', '/redirect-bridge.js']) {
      const response = await page.request.get(`${app}${path}`);
      assert.equal(response.status(), 200, path);
      assert.equal(response.headers()['cache-control'], 'no-store', path);
      assert.equal(response.headers()['cross-origin-opener-policy'], undefined, path);
    }
    const bridge = await (await page.request.get(`${app}/redirect-bridge.js`)).text();
    assert.doesNotMatch(bridge, /\bfrom\s*["'][^./]|\bimport\s*\(?\s*["'][^./]/, 'no bare module specifier');
    await page.context().close();
  });

  it('signs in end to end and shows the account', async () => {
    const page = await openPage(e2e);
    await page.goto(`${app}/`);
    await portal.signInButton(page).click();
    await page.waitForURL(`${e2e.idp}/interaction/**`);
    await provider.signInWithAuthenticator(page, DOMINIQUE);
    await page.waitForURL(`${app}/`);
    await portal.accountButton(page, DOMINIQUE.name).waitFor();
    await page.context().close();
  });
});

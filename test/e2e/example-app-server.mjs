// Serves a framework example's production build (its `dist/`) over HTTPS on 127.0.0.1, as a
// portal's server should: a strict Content-Security-Policy with Trusted Types that names the
// framework's policies and the library's (`lit-html`); the redirect bridge page with
// `Cache-Control: no-store` and no Cross-Origin-Opener-Policy; and `/config.json`, which the app
// reads at start, pointing it at the test's identity provider.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CLIENT_ID } from '../../demo/idp/provider.mjs';
import { contentSecurityPolicy, TYPES } from '../../demo/server.mjs';
import { DOMINIQUE, freePort, portal, provider, useE2e } from './support.mjs';

/**
 * Serves `root` on https://localhost:`port` with the stack's certificate; resolves to `{ close }`.
 * `config`: what `/config.json` answers.
 */
export async function serveExample({ root, port, certificate, idpOrigin, trustedTypes, config }) {
  const base = resolve(root);
  const server = createServer({ key: certificate.key, cert: certificate.cert }, async (request, response) => {
    const { pathname } = new URL(request.url, 'https://localhost');
    const bridge = pathname === '/redirect.html';
    const common = {
      'content-security-policy': contentSecurityPolicy(idpOrigin, { frameable: bridge, trustedTypes }),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (pathname === '/config.json') {
      response.writeHead(200, { ...common, 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return response.end(JSON.stringify(config));
    }
    const path = normalize(decodeURIComponent(pathname));
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base)) return response.writeHead(403, common).end();
    try {
      const body = await readFile(file);
      const html = extname(file) === '.html';
      response.writeHead(200, {
        ...common,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': bridge ? 'no-store' : 'no-cache',
        // Not on the bridge: MSAL needs it to reach the window that opened it.
        ...(html && !bridge && { 'cross-origin-opener-policy': 'same-origin-allow-popups' }),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  return {
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      }),
  };
}

/**
 * For a `describe` of an example app: starts the harness with the app's origin known to the
 * identity provider, then serves the app's build at `root` (a file URL) pointed at that provider.
 * Returns the harness and the app's origin, both filled in once the `before` hooks have run.
 */
export function useExampleApp(root, { trustedTypes }) {
  // The example's origin must be known to the identity provider when it starts.
  const options = { appOrigins: [] };
  const app = { origin: '' };
  let port;
  let server;
  before(async () => {
    port = await freePort();
    app.origin = `https://localhost:${port}`;
    options.appOrigins.push(app.origin);
  });
  const e2e = useE2e(options);
  before(async () => {
    server = await serveExample({
      root: fileURLToPath(root),
      port,
      certificate: e2e.stack.certificate,
      idpOrigin: e2e.idp,
      trustedTypes,
      config: {
        clientId: CLIENT_ID,
        authority: e2e.idp,
        knownAuthorities: new URL(e2e.idp).host,
        protocolMode: 'OIDC',
      },
    });
  });
  after(() => server?.close());
  return { e2e, app };
}

/**
 * The end-to-end tests of a Vite example (examples/<name>, built by `node scripts/examples.mjs`):
 * the elements render with the properties the framework set, the chooser's event reaches the
 * app's state, the bridge is served as MSAL needs, and sign-in works, with no CSP violation.
 */
export function describeViteExample(name, { trustedTypes }) {
  describe(`examples/${name}`, () => {
    const { e2e, app } = useExampleApp(new URL(`../../examples/${name}/dist/`, import.meta.url), { trustedTypes });

    it('renders the elements with the properties the app set; the chooser event reaches its state', async () => {
      const page = await e2e.newPage();
      const response = await page.goto(`${app.origin}/`);
      assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
      await portal.signInButton(page).waitFor();
      // `headingLevel` set as a property by the framework.
      await page.locator('bt-lost-phone-card').getByRole('heading', { level: 3 }).waitFor();
      await page.locator('bt-mfa-method-chooser').getByRole('heading', { level: 2 }).waitFor();
      await page.locator('bt-signin-faq').getByRole('heading').first().waitFor();
      await page.getByText('Aucune méthode choisie.').waitFor();
      await page.locator('bt-mfa-method-chooser').getByLabel('SMS').check();
      await page.getByText('Méthode choisie : SMS.').waitFor();
      await page.context().close();
    });

    it('serves the redirect bridge page with no-store and no COOP', async () => {
      // The test's own request, outside the browser under test.
      const page = await e2e.newPage({ ignoreHTTPSErrors: true });
      const response = await page.request.get(`${app.origin}/redirect.html`);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['cache-control'], 'no-store');
      assert.equal(response.headers()['cross-origin-opener-policy'], undefined);
      assert.match(await response.text(), /<script type="module" crossorigin src="\/assets\/[\w-]+\.js">/);
      await page.context().close();
    });

    it('signs in end to end; the sign-in event reaches the app state', async () => {
      const page = await e2e.newPage();
      await page.goto(`${app.origin}/`);
      await portal.signInButton(page).click();
      await page.waitForURL(`${e2e.idp}/interaction/**`);
      await provider.signInWithAuthenticator(page, DOMINIQUE);
      await page.waitForURL(`${app.origin}/`);
      await portal.accountButton(page, DOMINIQUE.name).waitFor();
      await page.getByText(`Bienvenue, ${DOMINIQUE.name}.`).waitFor();
      await page.context().close();
    });
  });
}

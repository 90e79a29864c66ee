// The end-to-end harness: the demo and the development identity provider started by the test,
// Debian's Chromium trusting only their certificate, and watchers that fail the run on any
// Content-Security-Policy violation or uncaught page error.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startStack } from '../../demo/stack.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';

export const DOMINIQUE = {
  email: 'dominique.bernard@example.fr',
  password: 'Espace-Client-2026',
  name: 'Dominique Bernard',
};
export const CAMILLE = { email: 'camille.martin@example.fr', name: 'Camille Martin' };
export const ALEX = { email: 'alex.petit@example.fr', name: 'Alex Petit' };

import { freePort } from '../../demo/listen.mjs';

export { freePort };

/** A page watcher that adds to `problems` every uncaught page error and CSP or Trusted Types violation. */
export function watchFor(problems) {
  return (page) => {
    page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[- ]Security[- ]Policy|Trusted Type/i.test(message.text())) {
        problems.push(`CSP violation on ${page.url()}: ${message.text()}`);
      }
    });
  };
}

/**
 * Starts the stack and a browser that trusts its certificate. `appOrigins`: further client
 * origins the provider serves, such as a framework example's server (`https://localhost:<port>`).
 */
export async function startE2e({ appOrigins = [] } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bt-e2e-'));
  const stack = await startStack({
    outDir: join(dataDir, 'demo'),
    appOrigins,
    idpPort: Number(process.env.E2E_IDP_PORT ?? (await freePort())),
    demoPort: Number(process.env.E2E_DEMO_PORT ?? (await freePort())),
    dataFile: join(dataDir, 'customers.json'),
    quiet: true,
    log: () => undefined,
  });
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${stack.certificate.spkiHash}`],
  });
  const problems = [];
  const watch = watchFor(problems);

  return {
    stack,
    browser,
    demo: stack.demo.origin,
    idp: stack.idp.issuer,
    /** A token of `email`'s activation links that the provider says is `status` (`valid`, `expired`…). */
    tokenOf(email, status) {
      const { store } = stack.idp;
      return store.customer(email).activations.find((activation) => store.activationStatus(activation) === status)
        ?.token;
    },
    /** Development-only call to the provider, as customer service would make. */
    async resetSecondFactor(email) {
      // The test's own call to the provider's development API, outside the browser under test.
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const response = await context.request.post(
        `${stack.idp.issuer}/dev/customers/${encodeURIComponent(email)}/reset-second-factor`,
        { headers: { authorization: `Bearer ${stack.idp.devSecret}` } },
      );
      await context.close();
      if (!response.ok()) throw new Error(`reset failed: ${response.status()}`);
    },
    problems,
    /** A fresh browser profile (cookies, storage) and page, watched. */
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: 'fr-FR', ...options });
      context.on('page', watch);
      const page = await context.newPage();
      return page;
    },
    async close() {
      await browser.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The harness for one test file: started before its tests, closed after them, and the run fails
 * on any CSP violation or uncaught page error it saw. Filled in once started.
 */
export function useE2e(options) {
  const e2e = {};
  before(async () => Object.assign(e2e, await startE2e(options)));
  after(async () => {
    await e2e.close?.();
    assert.deepEqual(e2e.problems ?? [], [], 'no CSP violation and no uncaught page error over the run');
  });
  return e2e;
}

/** The steps of the development provider's pages, as a customer goes through them. */
export const provider = {
  async enterEmail(page, email) {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Suivant' }).click();
  },
  async enterPassword(page, password) {
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  },
  async approveOnPhone(page) {
    await page.getByRole('button', { name: 'Simuler la validation sur le téléphone' }).click();
  },
  /** A customer whose second factor is Microsoft Authenticator signs in: address, password, approval. */
  async signInWithAuthenticator(page, { email, password }) {
    await this.enterEmail(page, email);
    await this.enterPassword(page, password);
    await this.approveOnPhone(page);
  },
  async createAccount(page, password) {
    await page.getByLabel('Nouveau mot de passe').fill(password);
    await page.getByLabel('Confirmez le mot de passe').fill(password);
    await page.getByRole('button', { name: 'Créer le compte' }).click();
  },
  async registerSms(page, phone) {
    await page.getByLabel('SMS').check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByLabel('Numéro de téléphone mobile').fill(phone);
    await page.getByRole('button', { name: 'Envoyer le code' }).click();
    await this.enterSmsCode(page);
  },
  async enterSmsCode(page) {
    const sms = await page.getByRole('note').textContent();
    const code = /(\d{6})/.exec(sms)[1];
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Vérifier' }).click();
  },
  async registerAuthenticator(page) {
    await page.getByRole('button', { name: 'Continuer' }).click();
    await this.approveOnPhone(page);
  },
  async cancel(page) {
    await page.getByRole('button', { name: 'Annuler et revenir à l’Espace Client' }).click();
  },
  async confirmSignOut(page) {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
  },
};

/** What the portal page shows, through the elements' accessible roles. */
export const portal = {
  signInButton: (page) => page.getByRole('button', { name: 'Se connecter', exact: true }),
  accountButton: (page, name) => page.getByRole('button', { name: new RegExp(name) }),
  problem: (page) => page.getByRole('alert'),
  async signOut(page, name) {
    await this.accountButton(page, name).click();
    await page.locator('bt-signin-button').getByRole('button', { name: 'Se déconnecter' }).click();
  },
};

/**
 * Resolves once `popup` is closed, even if it closed already: Playwright's `waitForEvent('close')`
 * waits for an event that has passed (a popup that answered quickly closes itself during the
 * click that sent the answer).
 */
export function closed(popup) {
  return popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close');
}

/**
 * Starts watching, in the page, for an alert that says `text`, in any shadow root, every 10 ms.
 * Resolves with the page's clock (`performance.now()`) when it shows, or `undefined` after
 * `timeout` ms: a time measured where the customer is, not through Playwright's polling, whose
 * steps grow to half a second. Calls to the page made after this one run after the watch began.
 */
export function whenAlertSays(page, text, timeout = 5_000) {
  return page.evaluate(
    ([wanted, deadline]) =>
      new Promise((resolve) => {
        const says = (root) =>
          [...root.querySelectorAll('*')].some(
            (element) =>
              (element.getAttribute('role') === 'alert' && element.textContent.includes(wanted)) ||
              (element.shadowRoot !== null && says(element.shadowRoot)),
          );
        const end = performance.now() + deadline;
        const look = () => {
          if (says(document)) resolve(performance.now());
          else if (performance.now() > end) resolve(undefined);
          else setTimeout(look, 10);
        };
        look();
      }),
    [text, timeout],
  );
}

/** What MSAL or the page left behind that must not be there. */
export async function leftovers(page) {
  return page.evaluate(() => ({
    url: location.href,
    localStorageMsalKeys: Object.keys(localStorage).filter((key) => key.startsWith('msal.')),
  }));
}

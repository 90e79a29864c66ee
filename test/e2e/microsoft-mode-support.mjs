// The harness of the Microsoft mode: the demo's README page served on loopback, the Entra emulator
// (demo/idp/entra.mjs) answering for login.microsoftonline.com and <tenant>.ciamlogin.com, and
// Chromium resolving exactly those names to it (every other name fails to resolve), trusting the
// two certificates by their SPKI hashes. Every request the browser makes is recorded; the run fails
// on any request to a host that was not mapped.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createLocalhostCertificate } from '../../demo/idp/certificate.mjs';
import {
  CIAM_TENANT,
  ENTRA_CLIENT_ID,
  ENTRA_HOST,
  ENTRA_HOSTS,
  ENTRA_TENANT,
  ciamHost,
  startEntraEmulator,
} from '../../demo/idp/entra.mjs';
import { startDemoServer } from '../../demo/server.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { DOMINIQUE, freePort, watchFor } from './support.mjs';

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));

/**
 * Starts one demo server per entry of `pages` (name → the `/config.json` of the README page,
 * `{ clientId, authority, knownAuthorities? }`), the emulator and the browser. `lifetimes`: the
 * emulator's token and session lifetimes, in seconds (see startEntraEmulator).
 */
export async function startMicrosoftE2e(pages, { lifetimes } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bt-e2e-ms-'));
  const root = join(dataDir, 'demo');
  await build({
    configFile: `${demoDir}vite.config.ts`,
    logLevel: 'silent',
    build: { outDir: root, emptyOutDir: true },
  });
  const localhostCertificate = await createLocalhostCertificate();
  const microsoftCertificate = await createLocalhostCertificate({ dnsNames: ENTRA_HOSTS });
  const ports = Object.fromEntries(await Promise.all(Object.keys(pages).map(async (name) => [name, await freePort()])));
  const origins = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `https://localhost:${port}`]));
  const entra = await startEntraEmulator({
    port: await freePort(),
    certificate: microsoftCertificate,
    appOrigins: Object.values(origins),
    users: [DOMINIQUE],
    lifetimes,
  });
  const demos = await Promise.all(
    Object.entries(pages).map(([name, pageConfig]) =>
      startDemoServer({
        port: ports[name],
        root,
        certificate: localhostCertificate,
        pageConfig,
        authorityOrigins: ENTRA_HOSTS.map((host) => `https://${host}`),
      }),
    ),
  );
  const rules = [
    ...ENTRA_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${entra.port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
  ].join(', ');
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=${rules}`,
      `--ignore-certificate-errors-spki-list=${localhostCertificate.spkiHash},${microsoftCertificate.spkiHash}`,
    ],
  });
  const allowedHosts = new Set([...ENTRA_HOSTS, ...Object.values(origins).map((origin) => new URL(origin).host)]);
  const problems = [];
  const requests = [];
  const watch = watchFor(problems);

  return {
    entra,
    browser,
    origins,
    problems,
    /** Every URL the browser asked for, in order. */
    requests,
    /** Hosts asked for that were not mapped: must stay empty. */
    strayRequests: () => requests.filter((url) => !allowedHosts.has(new URL(url).host) && !url.startsWith('data:')),
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: 'fr-FR', ...options });
      context.on('page', watch);
      context.on('request', (request) => requests.push(request.url()));
      return context.newPage();
    },
    async close() {
      await browser.close();
      await Promise.all(demos.map((demo) => demo.close()));
      await entra.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The harness for one test file; the run fails on a stray request, a CSP violation or a page error. */
export function useMicrosoftE2e(pages, options) {
  const e2e = {};
  before(async () => Object.assign(e2e, await startMicrosoftE2e(pages, options)));
  after(async () => {
    const stray = e2e.strayRequests?.() ?? [];
    await e2e.close?.();
    assert.deepEqual(stray, [], 'no request to a host the test did not map');
    assert.deepEqual(e2e.problems ?? [], [], 'no CSP violation and no uncaught page error over the run');
  });
  return e2e;
}

/** The README's configurations, attribute for attribute. */
export const README_PAGES = {
  entra: { clientId: ENTRA_CLIENT_ID, authority: `https://${ENTRA_HOST}/${ENTRA_TENANT.id}` },
  externalId: {
    clientId: ENTRA_CLIENT_ID,
    authority: `https://${ciamHost()}/`,
    knownAuthorities: [ciamHost(CIAM_TENANT.id)],
  },
  externalIdWithoutKnownAuthorities: { clientId: ENTRA_CLIENT_ID, authority: `https://${ciamHost()}/` },
};

/** The emulator's sign-in page, as a customer fills it in. */
export const microsoftPage = {
  async signIn(page, { email, password }) {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  },
};

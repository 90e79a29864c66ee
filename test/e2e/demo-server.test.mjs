// The demo server serves as production would (issue 21): every text file compressed with brotli or
// gzip as the browser accepts, decoding to the very bytes of the file; the hashed build files cached
// for a year, pages and configuration revalidated; on pages, the configuration preloaded and the
// provider's origin hinted. Runs against the demo as vite builds it, so that the hashed names are
// the ones vite writes, and in Chromium for HTTP/2 and the preload.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createLocalhostCertificate } from '../../demo/idp/certificate.mjs';
import { IMMUTABLE, negotiateEncoding, startDemoServer } from '../../demo/server.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { freePort } from './support.mjs';

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
const IDP = 'https://localhost:8443';

describe('the demo server', () => {
  let dataDir;
  let root;
  let certificate;
  let server;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bt-demo-server-'));
    root = join(dataDir, 'demo');
    await build({
      configFile: join(demoDir, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: root, emptyOutDir: true },
    });
    certificate = await createLocalhostCertificate();
    server = await startDemoServer({
      port: await freePort(),
      root,
      certificate,
      idpOrigin: IDP,
      clientId: 'demo-client',
    });
  });
  after(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Node's client does not decode: the body comes back as the server sent it. */
  const get = (path, headers = {}, method = 'GET') =>
    new Promise((resolve, reject) => {
      const call = request(`${server.origin}${path}`, { method, headers, ca: certificate.cert }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      call.on('error', reject);
      call.end();
    });

  const builtFiles = () =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative(root, join(entry.parentPath, entry.name))}`);

  it('chooses brotli, then gzip, as Accept-Encoding allows', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(negotiateEncoding('gzip, deflate'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(negotiateEncoding('BR'), 'br');
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('identity'), 'identity');
    assert.equal(negotiateEncoding(''), 'identity');
    assert.equal(negotiateEncoding(undefined), 'identity');
  });

  it('sends every text file in brotli and in gzip, each decoding to the same bytes as the file', async () => {
    const texts = builtFiles().filter((path) => /\.(?:html|js|css|json|svg)$/.test(path));
    assert.ok(texts.length > 10, `only ${texts.length} text files built`);
    for (const path of [...texts, '/config.json']) {
      const plain = await get(path);
      assert.equal(plain.status, 200, path);
      assert.equal(plain.headers['content-encoding'], undefined, path);
      if (path !== '/config.json') assert.ok(plain.body.equals(readFileSync(join(root, path))), path);
      const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await get(path, { 'accept-encoding': 'gzip, deflate' });
      assert.equal(br.headers['content-encoding'], 'br', path);
      assert.equal(gzip.headers['content-encoding'], 'gzip', path);
      for (const answer of [plain, br, gzip]) {
        assert.equal(answer.headers.vary, 'Accept-Encoding', path);
        assert.equal(Number(answer.headers['content-length']), answer.body.length, path);
      }
      assert.ok(brotliDecompressSync(br.body).equals(plain.body), `${path}: brotli decodes to other bytes`);
      assert.ok(gunzipSync(gzip.body).equals(plain.body), `${path}: gzip decodes to other bytes`);
      if (plain.body.length > 4096) assert.ok(br.body.length < gzip.body.length, `${path}: brotli no smaller`);
    }
    const config = JSON.parse((await get('/config.json')).body);
    assert.equal(config.authority, IDP);
  });

  it('caches the hashed build files for a year, and has pages, configuration and the rest revalidated', async () => {
    const files = builtFiles();
    const hashed = files.filter((path) => path.startsWith('/assets/'));
    assert.ok(hashed.some((path) => path.endsWith('.js')) && hashed.some((path) => path.endsWith('.css')));
    for (const path of hashed) {
      assert.match(path, /-[\w-]{8,}\.(?:js|css)$/, 'vite names build files after their content');
      assert.equal((await get(path)).headers['cache-control'], IMMUTABLE, path);
    }
    assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
    for (const path of [...files.filter((file) => !file.startsWith('/assets/')), '/', '/config.json']) {
      const expected = path === '/redirect.html' ? 'no-store' : 'no-cache';
      assert.equal((await get(path)).headers['cache-control'], expected, path);
    }
  });

  it('answers 304 to a revalidation of an unchanged file, in any coding', async () => {
    for (const path of ['/', '/config.json', '/all-elements.html']) {
      const first = await get(path, { 'accept-encoding': 'br' });
      assert.match(first.headers.etag, /^W\/"[\w-]+"$/, path);
      const again = await get(path, { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0, path);
      assert.equal(again.headers['cache-control'], 'no-cache', path);
      const other = await get(path, { 'if-none-match': 'W/"another"' });
      assert.equal(other.status, 200, path);
    }
  });

  it('keeps the security headers; hints the configuration and the provider on every page but the bridge', async () => {
    for (const path of ['/', '/activation.html', '/journey.html', '/all-elements.html', '/header.html']) {
      for (const method of ['GET', 'HEAD']) {
        const { status, headers, body } = await get(path, { 'accept-encoding': 'br' }, method);
        assert.equal(status, 200, path);
        if (method === 'HEAD') assert.equal(body.length, 0, path);
        assert.match(headers['content-security-policy'], /require-trusted-types-for 'script'/, path);
        assert.match(headers['content-security-policy'], /frame-ancestors 'none'/, path);
        assert.equal(headers['cross-origin-opener-policy'], 'same-origin-allow-popups', path);
        assert.equal(headers['x-content-type-options'], 'nosniff', path);
        assert.equal(headers['referrer-policy'], 'no-referrer', path);
        const connect = ['/activation.html', '/journey.html'].includes(path)
          ? `<${IDP}>; rel=preconnect; crossorigin`
          : `<${IDP}>; rel=dns-prefetch`;
        assert.equal(headers.link, `</config.json>; rel=preload; as=fetch; crossorigin, ${connect}`, path);
      }
    }
    const bridge = await get('/redirect.html', { 'accept-encoding': 'br' });
    assert.equal(bridge.headers['cross-origin-opener-policy'], undefined);
    assert.match(bridge.headers['content-security-policy'], /frame-ancestors 'self'/);
    assert.equal(bridge.headers.link, undefined);
    assert.equal((await get('/nowhere.js')).status, 404);
    assert.equal((await get('/assets')).status, 404);
  });
  it('serves Chromium over HTTP/2, and has it use the preloaded configuration: one /config.json per page', async () => {
    const browser = await chromium.launch({
      executablePath: ensureChromium(),
      args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${certificate.spkiHash}`],
    });
    try {
      for (const path of ['/', '/header.html', '/activation.html#token=x']) {
        const page = await browser.newPage();
        const asked = [];
        page.on('request', (call) => {
          if (new URL(call.url()).pathname === '/config.json') asked.push(call);
        });
        await page.goto(`${server.origin}${path}`);
        // The page has read the configuration once the provider element carries its client id.
        await page.waitForFunction(() => document.querySelector('bt-auth-provider')?.getAttribute('client-id'));
        assert.equal(asked.length, 1, path);
        const protocol = await page.evaluate(() => performance.getEntriesByType('navigation')[0].nextHopProtocol);
        assert.equal(protocol, 'h2', path);
        assert.equal((await asked[0].response()).headers()['content-encoding'], 'br', path);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});

// Serves the built demo over HTTPS on loopback with the headers a real portal should send: a
// strict Content-Security-Policy with Trusted Types on every page; on the redirect bridge page no
// Cross-Origin-Opener-Policy and `Cache-Control: no-store`, as MSAL requires. It also serves as
// production would, so that what the bench measures means something: HTTP/2, text compressed
// with brotli or gzip (each file compressed once, kept in memory), hashed build files cached for a
// year, pages revalidated on each load, and a `Link` header that starts a page's first requests.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { listenOnLoopback } from './listen.mjs';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The types worth compressing: every text type above. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** Vite's output for a module or style sheet, named after its content: `assets/<name>-<hash>.js`. */
const HASHED = /^\/assets\/[^/]+-[\w-]{8,}\.(?:js|css)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

const compressors = {
  // The highest qualities, as a build step that compresses once would use.
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/**
 * The coding to answer with for an `Accept-Encoding` header: `br`, then `gzip`, then none
 * (`identity`). Honours `q=0` and `*`.
 */
export function negotiateEncoding(header = '') {
  const weights = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const accepted = (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(accepted) ?? 'identity';
}

/**
 * A body and its compressed forms, each made once, on first demand, and kept. `etag` is weak: the
 * representations differ by their coding only.
 */
function representations(body, compressible) {
  const made = new Map([['identity', Promise.resolve(body)]]);
  return {
    etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    compressible,
    encoded(coding) {
      if (!made.has(coding)) made.set(coding, compressors[coding](body));
      return made.get(coding);
    },
  };
}

/**
 * `frameable`: the bridge page, which silent sign-in loads in a hidden iframe of this origin.
 * `trustedTypes`: the policies the page may create (a framework's own besides Lit's).
 */
export function contentSecurityPolicy(idpOrigin, { frameable = false, trustedTypes = ['lit-html'] } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${idpOrigin}`,
    // Silent sign-in runs in a hidden iframe that goes to the provider and comes back to the bridge.
    `frame-src 'self' ${idpOrigin}`,
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    frameable ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes.join(' ')}`,
  ].join('; ');
}

/** The pages that reach the activation service as they load: the two that open activation links. */
export const PRECONNECT_PAGES = new Set(['/activation.html', '/journey.html']);

/**
 * The `Link` header of a page: `/config.json` preloaded, since every demo page fetches it first
 * thing; then the origins of the authority and of the activation service. A page that reaches them
 * as it loads opens its connection at once (`preconnect`; `crossorigin` because the lookup and
 * MSAL's requests are CORS requests without credentials, which Chromium sends on connections of
 * their own); the others, which reach the provider only when the customer signs in, only resolve
 * its name (`dns-prefetch`): a connection opened for nothing would be closed unused, and Chromium
 * warns about it.
 */
export function pageLinks(config, { preconnect }) {
  const origins = new Set();
  for (const address of [config.authority, config.activationService]) {
    try {
      if (address) origins.add(new URL(address).origin);
    } catch {
      // Not an absolute address: nothing to connect to in advance.
    }
  }
  return [
    '</config.json>; rel=preload; as=fetch; crossorigin',
    ...[...origins].map((origin) => `<${origin}>; rel=${preconnect ? 'preconnect; crossorigin' : 'dns-prefetch'}`),
  ].join(', ');
}

/**
 * `pageConfig` replaces what `/config.json` tells the pages (the Microsoft mode's tests give the
 * configuration the README shows); `authorityOrigins` are then the origins the pages may reach.
 */
export async function startDemoServer({ port, root, certificate, idpOrigin, clientId, pageConfig, authorityOrigins }) {
  const base = resolve(root);
  const origins = authorityOrigins?.join(' ') ?? idpOrigin;
  const csp = contentSecurityPolicy(origins);
  const configuration = pageConfig ?? {
    clientId,
    authority: idpOrigin,
    protocolMode: 'OIDC',
    activationService: `${idpOrigin}/api/activations`,
  };
  const config = representations(Buffer.from(JSON.stringify(configuration)), true);
  // Each file's representations, kept while the file keeps its size and modification time.
  const files = new Map();
  async function load(file) {
    const { size, mtimeMs } = await stat(file);
    const kept = files.get(file);
    if (kept?.size === size && kept.mtimeMs === mtimeMs) return kept.found;
    const found = representations(await readFile(file), COMPRESSIBLE.has(extname(file)));
    files.set(file, { size, mtimeMs, found });
    return found;
  }

  /** Answers with `found` in the best coding the browser accepts, or 304 when its copy is current. */
  async function send(req, res, found, headers) {
    const coding = found.compressible ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
    const fresh = {
      ...headers,
      etag: found.etag,
      ...(found.compressible && { vary: 'Accept-Encoding' }),
    };
    const candidates = req.headers['if-none-match']?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (candidates?.some((tag) => tag === '*' || tag === found.etag.replace(/^W\//, ''))) {
      return res.writeHead(304, fresh).end();
    }
    const body = await found.encoded(coding);
    res.writeHead(200, {
      ...fresh,
      ...(coding !== 'identity' && { 'content-encoding': coding }),
      'content-length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // HTTP/2, as production serves (one connection per origin, requests multiplexed), and HTTP/1.1
  // for clients that do not offer HTTP/2.
  const server = createSecureServer(
    { key: certificate.key, cert: certificate.cert, allowHTTP1: true },
    async (req, res) => {
      const url = new URL(req.url, `https://localhost:${port}`);
      const common = {
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      };
      if (url.pathname === '/config.json') {
        return send(req, res, config, { ...common, 'content-type': TYPES['.json'], 'cache-control': 'no-cache' });
      }
      const path = normalize(decodeURIComponent(url.pathname));
      const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(base)) return res.writeHead(403, common).end();
      let found;
      try {
        found = await load(file);
      } catch {
        return res.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      }
      const bridge = path === '/redirect.html';
      const page = extname(file) === '.html';
      await send(req, res, found, {
        ...common,
        ...(bridge && { 'content-security-policy': contentSecurityPolicy(origins, { frameable: true }) }),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': bridge ? 'no-store' : HASHED.test(path) ? IMMUTABLE : 'no-cache',
        // same-origin-allow-popups keeps sight of sign-in popups, so that closing one is noticed at once.
        ...(!bridge && page && { 'cross-origin-opener-policy': 'same-origin-allow-popups' }),
        ...(!bridge && page && { link: pageLinks(configuration, { preconnect: PRECONNECT_PAGES.has(path) }) }),
      });
    },
  );
  const close = await listenOnLoopback(server, port);
  return {
    origin: `https://localhost:${port}`,
    close,
  };
}

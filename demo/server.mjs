// Serves the built demo over HTTPS on loopback with the headers a real portal should send: a
// strict Content-Security-Policy with Trusted Types on every page; on the redirect bridge page no
// Cross-Origin-Opener-Policy and `Cache-Control: no-store`, as MSAL requires.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import { listenOnLoopback } from './listen.mjs';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

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

/**
 * `pageConfig` replaces what `/config.json` tells the pages (the Microsoft mode's tests give the
 * configuration the README shows); `authorityOrigins` are then the origins the pages may reach.
 */
export async function startDemoServer({ port, root, certificate, idpOrigin, clientId, pageConfig, authorityOrigins }) {
  const base = resolve(root);
  const origins = authorityOrigins?.join(' ') ?? idpOrigin;
  const csp = contentSecurityPolicy(origins);
  const config = JSON.stringify(
    pageConfig ?? {
      clientId,
      authority: idpOrigin,
      protocolMode: 'OIDC',
      activationService: `${idpOrigin}/api/activations`,
    },
  );
  const server = createServer({ key: certificate.key, cert: certificate.cert }, async (req, res) => {
    const url = new URL(req.url, `https://localhost:${port}`);
    const common = {
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (url.pathname === '/config.json') {
      res.writeHead(200, { ...common, 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return res.end(config);
    }
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base)) return res.writeHead(403, common).end();
    try {
      const body = await readFile(file);
      const bridge = path === '/redirect.html';
      res.writeHead(200, {
        ...common,
        ...(bridge && { 'content-security-policy': contentSecurityPolicy(origins, { frameable: true }) }),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': bridge ? 'no-store' : 'no-cache',
        // same-origin-allow-popups keeps sight of sign-in popups, so that closing one is noticed at once.
        ...(!bridge && extname(file) === '.html' && { 'cross-origin-opener-policy': 'same-origin-allow-popups' }),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  const close = await listenOnLoopback(server, port);
  return {
    origin: `https://localhost:${port}`,
    close,
  };
}

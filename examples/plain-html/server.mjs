// The example's whole server: static files, with the headers the elements need.
//   /                  public/ (the page, its script and styles)
//   /standalone/…      the package's build for pages without a bundler, as installed
//   /redirect.html     the package's prebuilt redirect bridge (and /redirect-bridge.js beside it):
//                      `Cache-Control: no-store` and no Cross-Origin-Opener-Policy, as MSAL requires
//   /config.json       the sign-in configuration, from the environment
// Every response carries a strict Content-Security-Policy with Trusted Types (Lit's policy is
// `lit-html`; the elements create no other).
//
//   BT_CLIENT_ID=… BT_AUTHORITY=https://login.microsoftonline.com/<tenant> node server.mjs
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLIC = fileURLToPath(new URL('public/', import.meta.url));
const STANDALONE = dirname(fileURLToPath(import.meta.resolve('@bakertilly/espace-client-auth/standalone/define.js')));
const BRIDGE = new Set(['/redirect.html', '/redirect-bridge.js']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** `frameable`: the bridge page, which silent sign-in loads in a hidden iframe of this origin. */
export function contentSecurityPolicy(idpOrigin, { frameable = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${idpOrigin}`,
    `frame-src 'self' ${idpOrigin}`,
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    frameable ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/**
 * Starts the server on `host:port` (`port` 0: any free port); HTTPS when given `key` and `cert`.
 * `config`: the attributes of `<bt-auth-provider>` (`client-id`, `authority`, …). Resolves to
 * `{ origin, close }`.
 */
export async function startServer({ port = 0, host = '127.0.0.1', key, cert, config }) {
  const idpOrigin = config.authority ? new URL(config.authority).origin : 'https://login.microsoftonline.com';
  const body = JSON.stringify(config);
  const handler = async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const common = {
      'content-security-policy': contentSecurityPolicy(idpOrigin),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (path === '/config.json') {
      response.writeHead(200, { ...common, 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      return response.end(body);
    }
    const bridge = BRIDGE.has(path);
    const file = bridge
      ? join(STANDALONE, path)
      : path.startsWith('/standalone/')
        ? join(STANDALONE, path.slice('/standalone/'.length))
        : join(PUBLIC, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(STANDALONE) && !file.startsWith(PUBLIC)) return response.writeHead(403, common).end();
    try {
      const content = await readFile(file);
      response.writeHead(200, {
        ...common,
        ...(bridge && { 'content-security-policy': contentSecurityPolicy(idpOrigin, { frameable: true }) }),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': bridge ? 'no-store' : 'no-cache',
        // Keeps sight of sign-in popups; never on the bridge, which must reach the window that opened it.
        ...(!bridge && extname(file) === '.html' && { 'cross-origin-opener-policy': 'same-origin-allow-popups' }),
      });
      response.end(content);
    } catch {
      response.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
  const server = key && cert ? createHttpsServer({ key, cert }, handler) : createHttpServer(handler);
  await new Promise((listening, failed) => {
    server.once('error', failed);
    server.listen(port, host, listening);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const scheme = key && cert ? 'https' : 'http';
  return {
    origin: `${scheme}://localhost:${server.address().port}`,
    close: () =>
      new Promise((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = process.env;
  const config = Object.fromEntries(
    [
      ['client-id', env.BT_CLIENT_ID ?? '00000000-0000-0000-0000-000000000000'],
      ['authority', env.BT_AUTHORITY],
      ['known-authorities', env.BT_KNOWN_AUTHORITIES],
      ['protocol-mode', env.BT_PROTOCOL_MODE],
    ].filter(([, value]) => value),
  );
  const { origin } = await startServer({ port: Number(env.PORT ?? 8080), config });
  console.log(`Plain HTML example on ${origin}/`);
}

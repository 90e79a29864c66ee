// The app's server, as `ng add @angular/ssr` writes it, with the headers the sign-in elements need:
// a strict Content-Security-Policy with Trusted Types on every response; the redirect bridge
// (/redirect.html and its script, copied from the package's prebuilt files) with
// `Cache-Control: no-store` and no Cross-Origin-Opener-Policy. The generated server cached every
// static file for a year, the bridge included; here only content-hashed files are.
//
//   BT_CLIENT_ID, BT_AUTHORITY, BT_KNOWN_AUTHORITIES, BT_PROTOCOL_MODE: the sign-in configuration
//   PORT, HOST: where to listen; TLS_KEY_FILE and TLS_CERT_FILE: serve HTTPS
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { basename, join } from 'node:path';

const browserDistFolder = join(import.meta.dirname, '../browser');
const env = process.env;

const config = {
  clientId: env['BT_CLIENT_ID'] ?? '00000000-0000-0000-0000-000000000000',
  ...(env['BT_AUTHORITY'] && { authority: env['BT_AUTHORITY'] }),
  ...(env['BT_KNOWN_AUTHORITIES'] && { knownAuthorities: env['BT_KNOWN_AUTHORITIES'] }),
  ...(env['BT_PROTOCOL_MODE'] && { protocolMode: env['BT_PROTOCOL_MODE'] }),
};
const idpOrigin = new URL(config.authority ?? 'https://login.microsoftonline.com').origin;

/** `frameable`: the bridge page, which silent sign-in loads in a hidden iframe of this origin. */
function contentSecurityPolicy({ frameable = false } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${idpOrigin}`,
    `frame-src 'self' ${idpOrigin}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    frameable ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    // Angular's policies, and Lit's (the only one the elements use).
    'trusted-types angular angular#bundler lit-html',
  ].join('; ');
}

const BRIDGE = new Set(['/redirect.html', '/redirect-bridge.js']);
/** Files whose name carries a hash of their content (`main-ABCD1234.js`): safe to cache for long. */
const HASHED = /^(main|polyfills|styles|chunk)-[\w-]{8}\.(js|css)$/;

const app = express();
const angularApp = new AngularNodeAppEngine();

app.use((req, res, next) => {
  const bridge = BRIDGE.has(req.path);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy({ frameable: bridge }));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Keeps sight of sign-in popups; never on the bridge, which must reach the window that opened it.
  if (!bridge) res.setHeader('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
  next();
});

app.get('/config.json', (_req, res) => {
  res.setHeader('Cache-Control', 'no-store');
  res.json(config);
});

/**
 * Serve static files from /browser
 */
app.use(
  express.static(browserDistFolder, {
    index: false,
    redirect: false,
    setHeaders: (res, path) => {
      const name = basename(path);
      if (BRIDGE.has(`/${name}`)) res.setHeader('Cache-Control', 'no-store');
      else if (HASHED.test(name))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  }),
);

/**
 * Handle all other requests by rendering the Angular application.
 */
app.use((req, res, next) => {
  angularApp
    .handle(req)
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next);
});

/**
 * Start the server if this module is the main entry point, or it is ran via PM2.
 * The server listens on the port defined by the `PORT` environment variable, or defaults to 4000.
 */
if (isMainModule(import.meta.url) || env['pm_id']) {
  const port = Number(env['PORT'] || 4000);
  const host = env['HOST'] || 'localhost';
  const tls = env['TLS_KEY_FILE'] && env['TLS_CERT_FILE'];
  const server = tls
    ? createServer(
        { key: readFileSync(env['TLS_KEY_FILE']!), cert: readFileSync(env['TLS_CERT_FILE']!) },
        app,
      )
    : app;
  server.listen(port, host, () => {
    process.stdout.write(
      `Node Express server listening on ${tls ? 'https' : 'http'}://localhost:${port}\n`,
    );
  });
}

/**
 * Request handler used by the Angular CLI (for dev-server and during build) or Firebase Cloud Functions.
 */
export const reqHandler = createNodeRequestHandler(app);

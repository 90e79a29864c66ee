// The development identity provider: a real OpenID Connect server (oidc-provider) over HTTPS on
// loopback, standing in for Microsoft Entra, with its own sign-in pages and the activation service.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:https';
import { createActivationApi } from './activation-api.mjs';
import { createInteractions } from './interactions.mjs';
import { escapeHtml, page, pickLocale, STYLES, text } from './pages.mjs';
import { Store } from './store.mjs';
import { listenOnLoopback } from '../listen.mjs';

export const CLIENT_ID = 'espace-client-demo';

/**
 * oidc-provider warns that it runs on Node 20 and with its development key store and adapter:
 * all intended for a development provider, so those three notices are not repeated at each start.
 */
async function withoutDevelopmentNotices(action) {
  const warn = console.warn;
  console.warn = (message, ...rest) => {
    if (!String(message).includes('oidc-provider WARNING')) warn(message, ...rest);
  };
  try {
    return await action();
  } finally {
    console.warn = warn;
  }
}

/** The body's text (at most 64 000 characters). */
function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 64_000) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** The sign-in pages' form fields (or JSON), in an object without a prototype. */
function parseForm(req, text) {
  const fields = Object.create(null);
  try {
    const json = (req.headers['content-type'] ?? '').includes('application/json');
    const entries = json ? Object.entries(JSON.parse(text || '{}') ?? {}) : new URLSearchParams(text);
    for (const [name, value] of entries) fields[name] = value;
  } catch {
    // Not JSON: no fields.
  }
  return fields;
}

/**
 * Starts the provider on https://localhost:`port`. `demoOrigin` and the `appOrigins` (the
 * framework examples' servers) are the only client origins it serves (redirects to their
 * `/redirect.html` and `/`, CORS, framing for silent renewal). The `/dev/*` endpoints answer only
 * with the run's `devSecret` (returned; `Authorization: Bearer <devSecret>`). `activationFlaws`:
 * test only, the conformance kit's tests (see `FLAWS` in activation-api.mjs).
 */
export async function startIdentityProvider({
  port,
  demoOrigin,
  appOrigins = [],
  certificate,
  dataFile,
  log = console.log,
  activationFlaws = new Set(),
}) {
  const issuer = `https://localhost:${port}`;
  const origins = [demoOrigin, ...appOrigins];
  const store = new Store(dataFile);
  const { default: Provider } = await withoutDevelopmentNotices(() => import('oidc-provider'));
  const provider = await withoutDevelopmentNotices(
    () =>
      new Provider(issuer, {
        clients: [
          {
            client_id: CLIENT_ID,
            client_name: 'Espace Client (démo)',
            token_endpoint_auth_method: 'none',
            application_type: 'web',
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            redirect_uris: origins.map((origin) => `${origin}/redirect.html`),
            post_logout_redirect_uris: origins.flatMap((origin) => [`${origin}/redirect.html`, `${origin}/`]),
          },
        ],
        pkce: { required: () => true },
        scopes: ['openid', 'offline_access', 'profile', 'email'],
        claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'] },
        conformIdTokenClaims: false,
        findAccount: (_ctx, accountId) => {
          const customer = store.customer(accountId);
          if (!customer) return undefined;
          return {
            accountId,
            claims: () => ({
              sub: accountId,
              name: customer.name,
              preferred_username: customer.email,
              email: customer.email,
              email_verified: true,
            }),
          };
        },
        issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
        clientBasedCORS: (_ctx, origin) => origins.includes(origin),
        cookies: { keys: [randomBytes(32).toString('base64')] },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        features: {
          devInteractions: { enabled: false },
          rpInitiatedLogout: {
            enabled: true,
            logoutSource: (ctx, formHtml) => {
              const locale = pickLocale(ctx.oidc.params?.ui_locales, ctx.get('accept-language'));
              const t = text(locale);
              // The provider's form posts back here; our button submits it.
              ctx.body = page(
                locale,
                t.logoutTitle,
                `<p>${escapeHtml(t.logoutText)}</p>${formHtml.replace('</form>', `<div class="actions"><button type="submit" name="logout" value="yes">${escapeHtml(t.logout)}</button></div></form>`)}`,
              );
            },
            postLogoutSuccessSource: (ctx) => {
              const locale = pickLocale(undefined, ctx.get('accept-language'));
              ctx.body = page(locale, text(locale).loggedOut, '');
            },
          },
        },
        renderError: (ctx, out) => {
          const locale = pickLocale(undefined, ctx.get('accept-language'));
          ctx.type = 'html';
          ctx.body = page(
            locale,
            text(locale).errorTitle,
            `<p>${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p>`,
          );
        },
        ttl: {
          AccessToken: 3600,
          IdToken: 3600,
          RefreshToken: 86_400,
          Interaction: 1800,
          Session: 86_400,
          Grant: 86_400,
        },
      }),
  );
  provider.proxy = false;

  const interactions = createInteractions({ provider, store });
  const devSecret = randomBytes(32).toString('base64url');
  const activationApi = createActivationApi({
    store,
    allowedOrigins: origins,
    devSecret,
    linkFor: (token) => `${demoOrigin}/activation.html#token=${token}`,
    log,
    flaws: new Set(activationFlaws),
  });
  const providerCallback = provider.callback();
  const securityHeaders = {
    'content-security-policy': `default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' ${origins.join(' ')}; frame-ancestors ${origins.join(' ')}; base-uri 'none'; object-src 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };

  // Faults for the end-to-end tests: requests to a held path wait before they are answered, as on
  // a provider that is slow or holds the connection.
  const holds = new Map();
  const server = createServer({ key: certificate.key, cert: certificate.cert }, async (req, res) => {
    const url = new URL(req.url, issuer);
    const hold = holds.get(url.pathname);
    if (hold && req.method !== 'OPTIONS') {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, hold.ms);
        req.socket.once('close', () => clearTimeout(timer));
      });
      if (req.socket.destroyed) return;
    }
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    try {
      if (url.pathname === '/idp.css') {
        res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
        return res.end(STYLES);
      }
      const ours =
        url.pathname.startsWith('/interaction/') ||
        url.pathname.startsWith('/api/') ||
        url.pathname.startsWith('/dev/');
      if (ours) {
        const text = req.method === 'POST' ? await readBody(req) : '';
        if (await interactions(req, res, url, parseForm(req, text))) return;
        if (await activationApi(req, res, url, text)) return;
        res.writeHead(404).end();
        return;
      }
      providerCallback(req, res);
    } catch (error) {
      log(`[dev idp] ${req.method} ${url.pathname}: ${error.message}`);
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
    }
  });
  const close = await listenOnLoopback(server, port);
  return {
    issuer,
    store,
    /** The secret of the `/dev/*` endpoints for this run: `Authorization: Bearer <devSecret>`. */
    devSecret,
    /** Makes requests to `pathname` wait `ms` before being answered; returns a function that stops it. */
    hold(pathname, ms) {
      holds.set(pathname, { ms });
      return () => holds.delete(pathname);
    },
    close,
  };
}

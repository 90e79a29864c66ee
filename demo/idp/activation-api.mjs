// The activation service the widgets call (JSON over HTTPS), and the development-only endpoints.
// Contract in the README.
import { ACTIVATION_VALIDITY_MS } from './store.mjs';

export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
const WINDOW_MS = 10 * 60_000;
const PER_EMAIL = 3;
const PER_CLIENT = 20;

/** `camille.martin@example.fr` → `c•••••.m•••••@example.fr`: enough to recognise, not to harvest. */
export function maskEmail(email) {
  const [local, domain] = email.split('@');
  const masked = local
    .split(/([._-])/)
    .map((part) =>
      /^[._-]$/.test(part) || part.length === 0 ? part : `${part[0]}${'•'.repeat(Math.max(part.length - 1, 2))}`,
    )
    .join('');
  return `${masked}@${domain}`;
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

export function createActivationApi({ store, allowedOrigins, log = console.log }) {
  const attempts = new Map();

  /** Sliding-window counter; returns the seconds to wait when over `limit`. */
  function limited(key, limit) {
    const now = store.now();
    const recent = (attempts.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= limit) return Math.ceil((recent[0] + WINDOW_MS - now) / 1000);
    recent.push(now);
    attempts.set(key, recent);
    return 0;
  }

  return async function handle(req, res, url, body) {
    const cors = allowedOrigins.includes(req.headers.origin)
      ? { 'access-control-allow-origin': req.headers.origin, vary: 'Origin' }
      : {};
    if (url.pathname.startsWith('/api/') && req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      });
      res.end();
      return true;
    }

    const lookup = /^\/api\/activations\/([^/]+)$/.exec(url.pathname);
    if (lookup && req.method === 'GET') {
      const token = decodeURIComponent(lookup[1]);
      if (!TOKEN_FORMAT.test(token)) return (json(res, 400, { error: 'malformed_token' }, cors), true);
      const found = store.findActivation(token);
      if (!found) return (json(res, 404, { status: 'unknown', next: 'request-new-link' }, cors), true);
      const { customer, activation } = found;
      const status =
        customer.password && store.activationStatus(activation) === 'valid'
          ? 'used'
          : store.activationStatus(activation);
      const next = { valid: 'sign-in', used: 'sign-in', expired: 'request-new-link', revoked: 'check-inbox' }[status];
      return (
        json(
          res,
          200,
          {
            status,
            maskedEmail: maskEmail(customer.email),
            expiresAt: new Date(activation.issuedAt + ACTIVATION_VALIDITY_MS).toISOString(),
            next,
            ...(status === 'valid' && { loginHint: customer.email }),
          },
          cors,
        ),
        true
      );
    }

    if (url.pathname === '/api/activations' && req.method === 'POST') {
      const email = String(body.email ?? '')
        .trim()
        .toLowerCase();
      const client = req.socket.remoteAddress ?? 'local';
      const wait = limited(`client:${client}`, PER_CLIENT) || (email && limited(`email:${email}`, PER_EMAIL));
      if (wait)
        return (
          json(res, 429, { error: 'too_many_requests', retryAfter: wait }, { ...cors, 'retry-after': String(wait) }),
          true
        );
      const customer = email && store.customer(email);
      // Only customers still to activate get a link; the answer never tells who is a customer.
      if (customer && !customer.password) {
        const activation = store.regenerate(customer);
        log(`[dev idp] activation link for ${customer.email}: token ${activation.token}`);
      }
      return (json(res, 202, { status: 'accepted' }, cors), true);
    }

    // Development only: what customer service does for a lost phone, and the "sent" emails.
    const reset = /^\/dev\/customers\/([^/]+)\/reset-second-factor$/.exec(url.pathname);
    if (reset && req.method === 'POST') {
      const customer = store.customer(decodeURIComponent(reset[1]));
      if (!customer) return (json(res, 404, { error: 'unknown_customer' }), true);
      store.setMfa(customer, null);
      return (json(res, 204), true);
    }
    if (url.pathname === '/dev/outbox' && req.method === 'GET') return (json(res, 200, store.data.outbox), true);
    return false;
  };
}

// The activation service the widgets call (JSON over HTTPS), contract version 2
// (`activation-service.openapi.json` at the package root), and the development-only endpoints.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ACTIVATION_VALIDITY_MS, normalizeEmail } from './store.mjs';

export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
export const WINDOW_MS = 10 * 60_000;
/** New-link requests per 10 minutes: per address (whatever the source), service-wide, per source address. */
export const LIMITS = Object.freeze({ perEmail: 3, service: 200, perSource: 20, lookupsPerSource: 100 });
const MAX_EMAIL_LENGTH = 320;

/**
 * TEST ONLY. Each flaw makes the provider break exactly one rule of the contract, so that the
 * conformance kit's own tests can show that each of its checks fails on a provider that breaks
 * it. Never set outside those tests.
 * - `revokes-older-links`: a new-link request revokes the customer's earlier valid links (as v1 did).
 * - `works-before-answering`: the new-link request looks the customer up and issues the link before
 *   answering, and waits 5 ms more for an invited address, so the timing difference is measurable.
 * - `hides-retry-after`: no `Access-Control-Expose-Headers`, so pages cannot read `Retry-After`.
 * - `accepts-any-content-type`: `text/plain` and form bodies are parsed and acted on (no 415).
 * - `limits-per-source-only`: the per-address limit counts per source address and address, so
 *   another source address starts over.
 * - `rejects-odd-addresses`: 400 for an email that is not a well-formed address (`__proto__`).
 * - `bad-lookup-shape`: lookup answers 200 with a `redemptionUrl` and without `expiresAt`.
 * - `no-rate-limit`: no limit at all.
 */
export const FLAWS = Object.freeze([
  'revokes-older-links',
  'works-before-answering',
  'hides-retry-after',
  'accepts-any-content-type',
  'limits-per-source-only',
  'rejects-odd-addresses',
  'bad-lookup-shape',
  'no-rate-limit',
]);

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

const mediaType = (req) =>
  String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();

const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

const digest = (value) => createHash('sha256').update(String(value)).digest();

/**
 * `store`: the customers; `allowedOrigins`: the pages that may call the service (CORS);
 * `devSecret`: the bearer secret of the `/dev/*` endpoints (without it they answer 404, as an
 * unknown path); `linkFor(token)`: the activation link sent by email; `flaws`: see `FLAWS`.
 */
export function createActivationApi({
  store,
  allowedOrigins,
  devSecret,
  linkFor,
  log = console.log,
  flaws = new Set(),
}) {
  for (const flaw of flaws) if (!FLAWS.includes(flaw)) throw new Error(`unknown activation flaw: ${flaw}`);
  if (!devSecret) throw new Error('createActivationApi needs a devSecret for the /dev endpoints');
  const flawed = (name) => flaws.has(name);
  /** Sliding windows of accepted requests, by key (`email:…`, `source:…`, `service`). */
  const attempts = new Map();
  const devDigest = digest(devSecret);

  const recent = (key, now) => (attempts.get(key) ?? []).filter((at) => now - at < WINDOW_MS);

  /**
   * Counts one request against every `[key, limit]` pair, or none when any is over its limit:
   * returns the seconds to wait (≥ 1) then, 0 otherwise.
   */
  function limited(pairs) {
    if (flawed('no-rate-limit')) return 0;
    const now = store.now();
    let wait = 0;
    for (const [key, limit] of pairs) {
      const times = recent(key, now);
      if (times.length >= limit)
        wait = Math.max(wait, Math.ceil((times[times.length - limit] + WINDOW_MS - now) / 1000), 1);
    }
    if (wait) return wait;
    for (const [key] of pairs) attempts.set(key, [...recent(key, now), now]);
    return 0;
  }

  /** The JSON object of the body, `undefined` for a body that is not one, or `null` for a media type other than JSON. */
  function readObject(req, raw) {
    const type = mediaType(req);
    if (type !== 'application/json') {
      if (!flawed('accepts-any-content-type')) return null;
      try {
        return JSON.parse(raw);
      } catch {
        return Object.fromEntries(new URLSearchParams(raw));
      }
    }
    try {
      const value = JSON.parse(raw);
      return isPlainObject(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  function lookup(token) {
    const found = store.findActivation(token);
    if (!found) return [404, { status: 'unknown', next: 'request-new-link' }];
    const { customer, activation } = found;
    const seen = store.activationStatus(activation);
    const status = customer.password && seen === 'valid' ? 'used' : seen;
    const next = { valid: 'sign-in', used: 'sign-in', expired: 'request-new-link', revoked: 'check-inbox' }[status];
    const expiresAt = new Date(activation.issuedAt + ACTIVATION_VALIDITY_MS).toISOString();
    return [
      200,
      {
        status,
        maskedEmail: maskEmail(customer.email),
        ...(flawed('bad-lookup-shape') ? { redemptionUrl: linkFor?.(token) ?? 'https://localhost/' } : { expiresAt }),
        next,
        ...(status === 'valid' && { loginHint: customer.email }),
      },
    ];
  }

  /** The work a new-link request asks for; customers still to activate get a link, nobody else. */
  function issue(email) {
    const customer = store.customer(email);
    if (!customer || customer.password) return false;
    const activation = store.issueLink(customer, { revokeOthers: flawed('revokes-older-links'), link: linkFor });
    log(`[dev idp] activation link for ${customer.email}: ${linkFor ? linkFor(activation.token) : activation.token}`);
    return true;
  }

  function isDevCaller(req) {
    const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    return Boolean(match) && timingSafeEqual(digest(match[1]), devDigest);
  }

  /** Handles `req` when it is the service's (or a development endpoint with the secret); `raw`: the body's text. */
  return async function handle(req, res, url, raw = '') {
    const cors = allowedOrigins.includes(req.headers.origin)
      ? {
          'access-control-allow-origin': req.headers.origin,
          vary: 'Origin',
          ...(!flawed('hides-retry-after') && { 'access-control-expose-headers': 'Retry-After' }),
        }
      : {};
    const source = req.socket.remoteAddress ?? 'unknown';
    const tooMany = (wait) =>
      json(res, 429, { error: 'too_many_requests', retryAfter: wait }, { ...cors, 'retry-after': String(wait) });
    const isLookup = url.pathname === '/api/activations/lookup';
    const isNewLink = url.pathname === '/api/activations';

    if ((isLookup || isNewLink) && req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      });
      res.end();
      return true;
    }

    if (isLookup && req.method === 'POST') {
      const body = readObject(req, raw);
      if (body === null) return (json(res, 415, { error: 'unsupported_media_type' }, cors), true);
      if (!isPlainObject(body) || typeof body.token !== 'string')
        return (json(res, 400, { error: 'invalid_request' }, cors), true);
      if (!TOKEN_FORMAT.test(body.token)) return (json(res, 400, { error: 'malformed_token' }, cors), true);
      const wait = limited([[`lookup-source:${source}`, LIMITS.lookupsPerSource]]);
      if (wait) return (tooMany(wait), true);
      const [status, answer] = lookup(body.token);
      return (json(res, status, answer, cors), true);
    }

    if (isNewLink && req.method === 'POST') {
      const body = readObject(req, raw);
      if (body === null) return (json(res, 415, { error: 'unsupported_media_type' }, cors), true);
      if (!isPlainObject(body) || typeof body.email !== 'string' || body.email.length > MAX_EMAIL_LENGTH)
        return (json(res, 400, { error: 'invalid_request' }, cors), true);
      const email = normalizeEmail(body.email);
      if (flawed('rejects-odd-addresses') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        return (json(res, 400, { error: 'invalid_request' }, cors), true);
      const wait = limited([
        [flawed('limits-per-source-only') ? `email:${source}:${email}` : `email:${email}`, LIMITS.perEmail],
        ['service', LIMITS.service],
        [`source:${source}`, LIMITS.perSource],
      ]);
      if (wait) return (tooMany(wait), true);
      if (flawed('works-before-answering')) {
        if (issue(email)) await new Promise((resolve) => setTimeout(resolve, 5));
        return (json(res, 202, { status: 'accepted' }, cors), true);
      }
      // The answer goes first (the work starts once it is handed to the network): it takes the
      // same time whoever the address is, and a failure of the work cannot show in it.
      res.once('finish', () =>
        setImmediate(() => {
          try {
            issue(email);
          } catch (error) {
            log(`[dev idp] new link not issued: ${error.message}`);
          }
        }),
      );
      json(res, 202, { status: 'accepted' }, cors);
      return true;
    }

    // Development only, with the run's secret (anything else: false, so the caller answers 404 as
    // for any unknown path): what customer service does for a lost phone, and the "sent" emails.
    if (!url.pathname.startsWith('/dev/') || !isDevCaller(req)) return false;
    const reset = /^\/dev\/customers\/([^/]+)\/reset-second-factor$/.exec(url.pathname);
    if (reset && req.method === 'POST') {
      let email;
      try {
        email = decodeURIComponent(reset[1]);
      } catch {
        return (json(res, 400, { error: 'invalid_request' }), true);
      }
      const customer = store.customer(email);
      if (!customer) return (json(res, 404, { error: 'unknown_customer' }), true);
      store.setMfa(customer, null);
      return (json(res, 204), true);
    }
    if (url.pathname === '/dev/outbox' && req.method === 'GET') return (json(res, 200, store.outbox), true);
    return false;
  };
}

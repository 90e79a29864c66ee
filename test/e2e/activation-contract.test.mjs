// The development identity provider against the activation service's contract
// (activation-service.openapi.json, version 2): every answer of both operations checked against the
// document's response schemas and headers, and the rules that can be observed from outside. Each
// rule's check also runs against a provider started with the flaw that breaks it (test only, see
// FLAWS in demo/idp/activation-api.mjs), to show that the check can fail.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createLocalhostCertificate } from '../../demo/idp/certificate.mjs';
import { freePort } from './support.mjs';
import { startIdentityProvider } from '../../demo/idp/provider.mjs';
import { LIMITS } from '../../demo/idp/activation-api.mjs';

const CONTRACT = JSON.parse(readFileSync(new URL('../../activation-service.openapi.json', import.meta.url), 'utf8'));
const LOOKUP = '/api/activations/lookup';
const NEW_LINK = '/api/activations';
const ORIGIN = 'https://portal.test';
const CAMILLE = 'camille.martin@example.fr';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components']);
ajv.addSchema({ ...CONTRACT, $id: 'contract' });
const compiled = new Map();
function validator(schema) {
  const key = JSON.stringify(schema);
  // References to `#/components/…` resolve in the document, added above as `contract`.
  if (!compiled.has(key))
    compiled.set(key, ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"contract#/components/'))));
  return compiled.get(key);
}

/** Checks an answer against the document: a documented status, its JSON schema, its headers. */
function conforms(path, answer) {
  const responses = CONTRACT.paths[path].post.responses;
  const spec = responses[answer.status];
  const where = `POST ${path} ${answer.status} ${JSON.stringify(answer.body)}`;
  assert.ok(spec, `${where}: status not in the contract (${Object.keys(responses).join(', ')})`);
  assert.match(answer.headers['content-type'] ?? '', /^application\/json(;|$)/, `${where}: JSON`);
  const validate = validator(spec.content['application/json'].schema);
  assert.ok(validate(answer.body), `${where}: ${ajv.errorsText(validate.errors)}`);
  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    const value = answer.headers[name.toLowerCase()];
    if (value === undefined) {
      assert.ok(!header.required, `${where}: header ${name} missing`);
      continue;
    }
    const check = validator(header.schema);
    assert.ok(check(value), `${where}: header ${name}: ${value}: ${ajv.errorsText(check.errors)}`);
  }
  return answer;
}

let certificate;
before(async () => {
  certificate = await createLocalhostCertificate();
});

/** A provider of its own (fresh limits and data) for `check`, with `flaws`; closed after. */
async function withProvider(flaws, check) {
  const dir = mkdtempSync(join(tmpdir(), 'bt-contract-'));
  const logs = [];
  const idp = await startIdentityProvider({
    port: await freePort(),
    demoOrigin: ORIGIN,
    certificate,
    dataFile: join(dir, 'customers.json'),
    log: (line) => logs.push(line),
    activationFlaws: new Set(flaws),
  });
  const agent = new Agent({ keepAlive: true, ca: certificate.cert });
  /** One HTTPS call; `from`: the source address (any 127.x.y.z on Linux loopback). */
  /** `type`: the request's content type, `null` for none. */
  const call = (method, path, { body, type = 'application/json', from, headers = {} } = {}) =>
    new Promise((resolve, reject) => {
      const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const started = performance.now();
      const req = request(
        `${idp.issuer}${path}`,
        {
          method,
          agent,
          ...(from && { localAddress: from }),
          headers: { ...(type && text !== undefined && { 'content-type': type }), ...headers },
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (data += chunk));
          res.on('end', () => {
            let parsed;
            try {
              parsed = data ? JSON.parse(data) : undefined;
            } catch {
              parsed = data;
            }
            resolve({ status: res.statusCode, headers: res.headers, body: parsed, ms: performance.now() - started });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  const api = {
    idp,
    store: idp.store,
    logs,
    call,
    lookup: (token, options) => call('POST', LOOKUP, { body: { token }, ...options }),
    newLink: (email, options) => call('POST', NEW_LINK, { body: { email }, ...options }),
    /** A customer still to activate, with one valid link; returns that link's token. */
    invite(email) {
      const customer = { email, name: email, password: null, mfa: null, activations: [] };
      idp.store.customers.set(email, customer);
      return idp.store.issueLink(customer).token;
    },
    /** Waits for the work that follows the answers (a few turns of the event loop). */
    settle: () => new Promise((resolve) => setTimeout(resolve, 30)),
  };
  try {
    return await check(api);
  } finally {
    agent.destroy();
    await idp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `check` on a sound provider; and, for each flaw given, shows that it fails. */
function rule(title, check, ...flaws) {
  it(title, () => withProvider([], check));
  for (const flaw of flaws)
    it(`${title}: fails on a provider with the flaw ${flaw}`, (t) =>
      assert.rejects(withProvider([flaw], check), (error) => {
        t.diagnostic(`failed as it should: ${error.message.split('\n')[0]}`);
        return error instanceof assert.AssertionError;
      }));
}

// The checks, one per rule.

async function lookupAnswers({ store, lookup, invite }) {
  const valid = conforms(LOOKUP, await lookup(store.customer(CAMILLE).activations.at(-1).token));
  assert.equal(valid.status, 200);
  assert.equal(valid.body.status, 'valid');
  assert.equal(valid.body.loginHint, CAMILLE);
  assert.ok(Date.parse(valid.body.expiresAt) > Date.now());

  const expired = conforms(LOOKUP, await lookup(store.customer(CAMILLE).activations[0].token));
  assert.equal(expired.body.status, 'expired');

  const usedToken = invite('used@example.fr');
  store.createAccount(store.customer('used@example.fr'), 'Un-mot-de-passe-2026');
  assert.equal(conforms(LOOKUP, await lookup(usedToken)).body.status, 'used');

  const revokedToken = invite('revoked@example.fr');
  store.revokeLinks(store.customer('revoked@example.fr'));
  assert.equal(conforms(LOOKUP, await lookup(revokedToken)).body.status, 'revoked');

  for (const answer of [valid, expired]) assert.ok(!('redemptionUrl' in answer.body), 'no URL to follow');
}

async function badLookups({ call, lookup }) {
  assert.equal(conforms(LOOKUP, await lookup('A'.repeat(43))).status, 404);
  for (const token of ['not-a-valid-token!', 'A'.repeat(42), `${'A'.repeat(43)}=`]) {
    const answer = conforms(LOOKUP, await lookup(token));
    assert.deepEqual([answer.status, answer.body.error], [400, 'malformed_token'], token);
  }
  for (const body of ['[]', 'null', '"x"', '{"token":5}', '{}', '{not json', '']) {
    const answer = conforms(LOOKUP, await call('POST', LOOKUP, { body }));
    assert.deepEqual([answer.status, answer.body.error], [400, 'invalid_request'], body);
  }
}

async function badNewLinkRequests({ call }) {
  for (const body of ['[]', 'null', '{}', '{"email":5}', `{"email":"${'a'.repeat(321)}"}`, '{not json']) {
    const answer = conforms(NEW_LINK, await call('POST', NEW_LINK, { body }));
    assert.deepEqual([answer.status, answer.body.error], [400, 'invalid_request'], body);
  }
  assert.equal(conforms(NEW_LINK, await call('POST', NEW_LINK, { body: { email: 'a'.repeat(320) } })).status, 202);
}

async function olderLinksStayValid({ store, newLink, lookup, invite, settle }) {
  const first = invite('invited@example.fr');
  const sent = store.outbox.length;
  for (let i = 0; i < 3; i++) assert.equal(conforms(NEW_LINK, await newLink(' Invited@Example.fr ')).status, 202);
  await settle();
  const links = store.outbox.slice(sent).filter((entry) => entry.to === 'invited@example.fr');
  assert.equal(links.length, 3, 'a new link for each request');
  for (const entry of links) assert.match(entry.link, /\/activation\.html#token=[A-Za-z0-9_-]{43}$/);
  for (const token of [first, ...links.map((entry) => entry.token)]) {
    const answer = conforms(LOOKUP, await lookup(token));
    assert.equal(answer.body.status, 'valid', 'every link stays valid until one is used');
  }
  store.createAccount(store.customer('invited@example.fr'), 'Un-mot-de-passe-2026');
  for (const token of [first, ...links.map((entry) => entry.token)])
    assert.equal((await lookup(token)).body.status, 'used', 'the account made every link used');
}

/** The answer cannot depend on the work: a failing lookup of the customer does not show in it. */
async function answersBeforeTheWork({ store, newLink, settle }) {
  const customer = store.customer.bind(store);
  store.customer = () => {
    throw new Error('the work failed');
  };
  try {
    assert.equal(conforms(NEW_LINK, await newLink('anyone@example.fr')).status, 202);
  } finally {
    await settle();
    store.customer = customer;
  }
}

/**
 * The answer takes the same time whoever asks: invited or not, interleaved, medians. The provider
 * runs in this process, so the work it does after answering still weighs a little (about 1 ms of
 * file writing); a round over the threshold is measured again, as a real difference persists.
 */
async function sameTimeWhoeverAsks({ store, newLink, invite, settle }) {
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  const gaps = [];
  for (let round = 0; round < 3; round++) {
    const invited = [];
    const unknown = [];
    for (let i = 0; i < 9; i++) {
      const email = `timing-${round}-${i}@example.fr`;
      invite(email);
      invited.push((await newLink(email, { from: `127.0.2.${round}` })).ms);
      unknown.push((await newLink(`nobody-${round}-${i}@example.fr`, { from: `127.0.3.${round}` })).ms);
    }
    await settle();
    const sent = store.outbox.filter((entry) => entry.to.startsWith(`timing-${round}-`)).length;
    assert.equal(sent, 9 + 9, 'an invitation and a new link each');
    gaps.push(median(invited) - median(unknown));
    if (gaps.at(-1) < 3) return;
  }
  assert.fail(`an invited address is answered slower than an unknown one: ${gaps.map((gap) => gap.toFixed(1))} ms`);
}

async function exposesRetryAfter({ call, newLink, lookup }) {
  const headers = { origin: ORIGIN };
  const preflight = await call('OPTIONS', NEW_LINK, {
    headers: { ...headers, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], ORIGIN);
  assert.equal(preflight.headers['access-control-allow-methods'], 'POST');
  assert.equal(preflight.headers['access-control-allow-headers'], 'content-type');
  assert.equal(preflight.headers['access-control-max-age'], '600');
  const answers = [
    [LOOKUP, await lookup('A'.repeat(43), { headers })],
    [LOOKUP, await call('POST', LOOKUP, { body: '{}', headers })],
    [NEW_LINK, await call('POST', NEW_LINK, { body: 'email=x', type: 'text/plain', headers })],
  ];
  for (let i = 0; i <= LIMITS.perEmail; i++) answers.push([NEW_LINK, await newLink('cors@example.fr', { headers })]);
  assert.equal(answers.at(-1)[1].status, 429);
  for (const [path, answer] of answers) {
    conforms(path, answer);
    assert.equal(answer.headers['access-control-allow-origin'], ORIGIN);
    assert.match(answer.headers.vary ?? '', /Origin/);
    assert.match(
      answer.headers['access-control-expose-headers'] ?? '',
      /(^|,)\s*retry-after\s*(,|$)/i,
      `${path} ${answer.status}: Retry-After is exposed`,
    );
  }
  const elsewhere = await lookup('A'.repeat(43), { headers: { origin: 'https://elsewhere.test' } });
  assert.equal(elsewhere.headers['access-control-allow-origin'], undefined, 'no CORS for another origin');
}

async function jsonOnly({ store, call, lookup, invite, settle }) {
  const token = invite('json-only@example.fr');
  const sent = store.outbox.length;
  const email = 'json-only@example.fr';
  const bodies = [
    ['text/plain', JSON.stringify({ email })],
    ['text/plain;charset=UTF-8', JSON.stringify({ email })],
    ['application/x-www-form-urlencoded', `email=${encodeURIComponent(email)}`],
    [
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${email}\r\n--x--\r\n`,
    ],
    [null, JSON.stringify({ email })],
  ];
  for (const [type, body] of bodies) {
    const answer = conforms(NEW_LINK, await call('POST', NEW_LINK, { body, type }));
    assert.deepEqual([answer.status, answer.body.error], [415, 'unsupported_media_type'], `new link as ${type}`);
  }
  for (const [type, body] of [
    ['text/plain', JSON.stringify({ token })],
    ['application/x-www-form-urlencoded', `token=${token}`],
  ]) {
    const answer = conforms(LOOKUP, await call('POST', LOOKUP, { body, type }));
    assert.equal(answer.status, 415, `lookup as ${type}`);
  }
  await settle();
  assert.equal(store.outbox.length, sent, 'nothing was sent');
  assert.equal((await lookup(token)).body.status, 'valid');
}

async function anyStringIsAccepted({ store, newLink, call, idp, settle }) {
  const odd = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'not an address', '', 'x@y'];
  for (const email of odd) {
    const answer = conforms(NEW_LINK, await newLink(email, { from: '127.0.0.5' }));
    assert.equal(answer.status, 202, JSON.stringify(email));
  }
  const proto = conforms(NEW_LINK, await call('POST', NEW_LINK, { body: '{"email":"a@b.fr","__proto__":{"mfa":1}}' }));
  assert.equal(proto.status, 202);
  await settle();
  for (const email of odd) assert.equal(store.customer(email), undefined, `${email} is no customer`);
  const reset = await call('POST', '/dev/customers/__proto__/reset-second-factor', {
    headers: { authorization: `Bearer ${idp.devSecret}` },
  });
  assert.equal(reset.status, 404, '__proto__ is an unknown customer');
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), OBJECT_PROTOTYPE, 'Object.prototype untouched');
  assert.equal({}.mfa, undefined);
}
const OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

async function limitsFollowTheAddress({ newLink }) {
  const email = 'limited@example.fr';
  for (let i = 0; i < LIMITS.perEmail; i++) assert.equal((await newLink(email, { from: '127.0.0.1' })).status, 202);
  for (const from of ['127.0.0.2', '127.0.0.3']) {
    const answer = conforms(NEW_LINK, await newLink(email.toUpperCase(), { from }));
    assert.equal(answer.status, 429, `another source address (${from}) does not start the address's limit over`);
  }
}

async function limits({ newLink, lookup }) {
  // Per address.
  for (let i = 0; i < LIMITS.perEmail; i++) assert.equal((await newLink('three@example.fr')).status, 202);
  const overAddress = conforms(NEW_LINK, await newLink('three@example.fr'));
  assert.equal(overAddress.status, 429);
  assert.equal(overAddress.headers['retry-after'], String(overAddress.body.retryAfter));
  assert.ok(overAddress.body.retryAfter >= 1 && overAddress.body.retryAfter <= 600);
  // Per source address: the others still get through.
  for (let i = 0; i < LIMITS.perSource; i++)
    assert.equal((await newLink(`source-${i}@example.fr`, { from: '127.0.0.6' })).status, 202);
  assert.equal(conforms(NEW_LINK, await newLink('one-more@example.fr', { from: '127.0.0.6' })).status, 429);
  assert.equal(conforms(NEW_LINK, await newLink('one-more@example.fr', { from: '127.0.0.7' })).status, 202);
  // Service-wide: new source addresses do not start it over.
  let count = LIMITS.perEmail + LIMITS.perSource + 1;
  for (let source = 10; count < LIMITS.service; source++)
    for (let i = 0; i < LIMITS.perSource && count < LIMITS.service; i++, count++)
      assert.equal((await newLink(`wide-${source}-${i}@example.fr`, { from: `127.0.0.${source}` })).status, 202);
  for (const from of ['127.0.1.1', '127.0.1.2'])
    assert.equal(conforms(NEW_LINK, await newLink('fresh@example.fr', { from })).status, 429, `service-wide (${from})`);
  // Lookups per client.
  for (let i = 0; i < LIMITS.lookupsPerSource; i++)
    assert.equal((await lookup('B'.repeat(43), { from: '127.0.0.8' })).status, 404);
  assert.equal(conforms(LOOKUP, await lookup('B'.repeat(43), { from: '127.0.0.8' })).status, 429);
}

async function devEndpointsHidden({ call, idp }) {
  const unknownPath = await call('GET', '/dev/nothing-here');
  assert.equal(unknownPath.status, 404);
  for (const authorization of [undefined, 'Bearer wrong', `Basic ${idp.devSecret}`, `Bearer ${idp.devSecret}x`]) {
    const headers = authorization ? { authorization } : {};
    const outbox = await call('GET', '/dev/outbox', { headers });
    assert.deepEqual([outbox.status, outbox.body], [404, undefined], `outbox with ${authorization}`);
    const reset = await call('POST', `/dev/customers/${encodeURIComponent(CAMILLE)}/reset-second-factor`, {
      headers,
    });
    assert.deepEqual([reset.status, reset.body], [404, undefined], `reset with ${authorization}`);
  }
  const outbox = await call('GET', '/dev/outbox', { headers: { authorization: `Bearer ${idp.devSecret}` } });
  assert.equal(outbox.status, 200);
  assert.ok(Array.isArray(outbox.body));
  const reset = await call('POST', `/dev/customers/${encodeURIComponent(CAMILLE)}/reset-second-factor`, {
    headers: { authorization: `Bearer ${idp.devSecret}` },
  });
  assert.equal(reset.status, 204);
}

describe('the development provider against activation-service.openapi.json', () => {
  rule('answers each lookup status as the contract shapes it', lookupAnswers, 'bad-lookup-shape');
  rule('answers bad lookups with 400 and unknown tokens with 404', badLookups);
  rule('answers bad new-link requests with 400', badNewLinkRequests);
  rule('never invalidates a valid link when a new one is asked for', olderLinksStayValid, 'revokes-older-links');
  rule('answers 202 before the work', answersBeforeTheWork, 'works-before-answering');
  rule('answers in the same time whoever asks', sameTimeWhoeverAsks, 'works-before-answering');
  rule('exposes Retry-After to the configured origins', exposesRetryAfter, 'hides-retry-after');
  rule('takes JSON only: other bodies get 415 and nothing happens', jsonOnly, 'accepts-any-content-type');
  rule(
    'accepts any string as an address, and __proto__ pollutes nothing',
    anyStringIsAccepted,
    'rejects-odd-addresses',
  );
  rule(
    'does not start the per-address limit over for another source address',
    limitsFollowTheAddress,
    'limits-per-source-only',
  );
  rule('limits per address, per source address and service-wide, with Retry-After', limits, 'no-rate-limit');
  rule('hides the /dev endpoints without the run’s secret', devEndpointsHidden);
});

after(() => {
  assert.equal({}.mfa, undefined);
});

// The conformance checks of an activation service (contract version 2), run in one fixed order
// because the service's limits make them depend on each other: see `runChecks`.
import { randomBytes } from 'node:crypto';
import { BudgetError, createClient } from './http.mjs';
import { checkAnswer, loadDocument, operations } from './openapi.mjs';

/** The checks, in the order they are reported, with the inputs each needs. */
export const CHECKS = [
  { id: 'lookup-errors', title: 'lookup: malformed, invalid and unknown tokens', needs: [] },
  { id: 'lookup-valid', title: 'lookup: a valid token answers 200 with the documented shape', needs: ['token'] },
  { id: 'new-link-any-address', title: 'new link: 202 accepted for any string', needs: [] },
  { id: 'new-link-known-address', title: 'new link: the same answer for a customer', needs: ['email'] },
  { id: 'json-only', title: 'both: 415 without application/json; new link: nothing counted', needs: [] },
  { id: 'timing', title: 'new link: same answer time for a customer and for others', needs: ['email'] },
  { id: 'rate-limit', title: 'new link: 4th request for one address in 10 min is 429 + Retry-After', needs: [] },
  {
    id: 'limit-across-sources',
    title: 'new link: limits do not start over from another source',
    needs: ['sourceAddress'],
  },
  {
    id: 'cors-allowed-origin',
    title: 'CORS: the configured origin, preflight and exposed Retry-After',
    needs: ['origin'],
  },
  { id: 'cors-foreign-origin', title: 'CORS: a foreign origin gets no Access-Control-Allow-Origin', needs: [] },
  { id: 'no-revocation', title: "new link: a stranger's requests revoke no valid link", needs: ['email', 'token'] },
  { id: 'answer-headers', title: 'every answer: JSON with charset utf-8, Cache-Control no-store', needs: [] },
];

const OPTION_NAMES = { token: '--token', email: '--email', sourceAddress: '--source-address', origin: '--origin' };
export const FOREIGN_ORIGIN = 'https://evil.example';

/** The defaults, documented in --help. */
export const DEFAULTS = {
  timeoutMs: 10_000,
  deadlineMs: 90_000,
  maxRequests: 120,
  // Timing: answers compared per status; fails when every answer of one kind (customer or
  // others) is slower than the other kind's median by more than the bound (or twice the noise);
  // inconclusive (SKIP) when the noise exceeds half the bound.
  timingBoundMs: 2,
  timingSamples: 15,
  timingGapMs: 20,
};

const freshAddress = () => `activation-check-${randomBytes(6).toString('hex')}@example.invalid`;
const unknownToken = () => randomBytes(32).toString('base64url');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 100) / 100;
const headerList = (value) =>
  String(value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);

/** Failures collected by one check; the first few make its one-line reason. */
class Findings {
  constructor() {
    this.problems = [];
    this.notes = [];
  }
  expect(condition, problem) {
    if (!condition) this.problems.push(problem);
    return condition;
  }
}

const shown = (answer) =>
  `${answer.status}${answer.text ? ` ${answer.text.length > 80 ? `${answer.text.slice(0, 77)}...` : answer.text}` : ''}`;

/**
 * Runs every check against the service at `url` (the base the elements are given, such as
 * `https://service.example/api/activations`). Resolves with `{ ok, results, requests, durationMs,
 * timing }`; `results` hold `{ id, title, result: 'PASS'|'FAIL'|'SKIP', reason }` in CHECKS order.
 *
 * Options: `origin`, `email`, `token`, `sourceAddress` (inputs), `ca` (an extra trusted CA, PEM),
 * `document` (the OpenAPI document, an object) or `documentFile`, and the DEFAULTS.
 */
export async function runChecks(url, options = {}) {
  const settings = { ...DEFAULTS, ...options };
  const started = Date.now();
  const document = settings.document ?? loadDocument(settings.documentFile);
  const ops = operations(document);
  const client = createClient({
    base: url,
    ca: settings.ca,
    timeoutMs: settings.timeoutMs,
    deadline: started + settings.deadlineMs,
    maxRequests: settings.maxRequests,
  });
  const { origin, email, token, sourceAddress } = settings;
  const inputs = { origin, email, token, sourceAddress };
  const results = new Map();
  const everyAnswer = [];
  const timing = {};

  const send = async (request) => {
    const answer = await client.request({
      ...request,
      headers: { ...(origin && { origin }), ...request.headers },
    });
    everyAnswer.push({ ...answer, sentOrigin: request.headers?.origin ?? origin });
    return answer;
  };
  const lookup = (json, extra = {}) => send({ path: '/lookup', json, ...extra });
  const newLink = (json, extra = {}) => send({ path: '', json, ...extra });
  const schemaProblems = (operation, answer) =>
    checkAnswer(document, operation, answer.status, answer.body, answer.headers).map(
      (problem) => `${answer.status} ${problem}`,
    );

  const missing = (id) =>
    CHECKS.find((check) => check.id === id)
      .needs.filter((name) => !inputs[name])
      .map((name) => OPTION_NAMES[name]);
  const record = (id, findings, passReason) => {
    if (results.has(id)) return;
    results.set(
      id,
      findings.problems.length
        ? { result: 'FAIL', reason: findings.problems.slice(0, 3).join('; ') }
        : { result: 'PASS', reason: [passReason, ...findings.notes].filter(Boolean).join('; ') },
    );
  };
  const skip = (id, reason) => {
    if (!results.has(id)) results.set(id, { result: 'SKIP', reason });
  };
  /** Runs `body(findings)` for check `id` unless an input is missing; a thrown error fails it. */
  const check = async (id, body, passReason) => {
    const absent = missing(id);
    if (absent.length) return skip(id, `needs ${absent.join(' and ')}`);
    const findings = new Findings();
    try {
      const reason = await body(findings);
      if (reason?.skip) return skip(id, reason.skip);
      record(id, findings, reason ?? passReason);
    } catch (error) {
      results.set(id, { result: 'FAIL', reason: error.message });
      if (error instanceof BudgetError) throw error;
    }
  };

  let budgetExceeded;
  let timingError;
  const knownAnswers = [];
  let limitedAddress;
  let limitedFromFirstSource = false;
  try {
    // 1. Lookups: not counted by the new-link limits.
    await check(
      'lookup-errors',
      async (f) => {
        const malformed = await lookup({ token: 'not-a-token' });
        f.expect(
          malformed.status === 400 && malformed.body?.error === 'malformed_token',
          `malformed token: expected 400 malformed_token, got ${shown(malformed)}`,
        );
        f.problems.push(...schemaProblems(ops.lookup, malformed));
        const invalid = await lookup({ token: 42 });
        f.expect(
          invalid.status === 400 && invalid.body?.error === 'invalid_request',
          `token not a string: expected 400 invalid_request, got ${shown(invalid)}`,
        );
        const unknown = await lookup({ token: unknownToken() });
        f.expect(
          unknown.status === 404 && unknown.body?.status === 'unknown' && unknown.body?.next === 'request-new-link',
          `unknown token: expected 404 {status: unknown, next: request-new-link}, got ${shown(unknown)}`,
        );
        f.problems.push(...schemaProblems(ops.lookup, unknown));
      },
      'malformed 400, not a string 400, unknown 404, shapes as documented',
    );

    await check('lookup-valid', async (f) => {
      const valid = await lookup({ token });
      f.problems.push(...schemaProblems(ops.lookup, valid));
      if (!f.expect(valid.status === 200, `expected 200 for --token, got ${shown(valid)}`)) return;
      const body = valid.body ?? {};
      f.expect(body.status === 'valid', `expected status valid for --token, got ${body.status} (give a valid token)`);
      f.expect(!('redemptionUrl' in body), 'the answer has a redemptionUrl');
      f.expect(typeof body.expiresAt === 'string', 'the answer has no expiresAt');
      if (typeof body.expiresAt === 'string')
        f.expect(Date.parse(body.expiresAt) > Date.now(), `expiresAt ${body.expiresAt} is not in the future`);
      f.expect(body.next === 'sign-in', `next is ${body.next}, expected sign-in for a valid link`);
      f.expect(typeof body.loginHint === 'string', 'a valid link has no loginHint');
      if (email && typeof body.loginHint === 'string')
        f.expect(
          body.loginHint.trim().toLowerCase() === email.trim().toLowerCase(),
          'loginHint is not the --email address',
        );
      return 'valid, schema matched, no redemptionUrl, loginHint present';
    });

    // 2. New links that are accepted: each counts once towards the limits.
    await check(
      'new-link-any-address',
      async (f) => {
        for (const address of [freshAddress(), '__proto__', 'not an address']) {
          const answer = await newLink({ email: address });
          f.expect(
            answer.status === 202 && answer.body?.status === 'accepted',
            `${JSON.stringify(address)}: expected 202 accepted, got ${shown(answer)}`,
          );
          f.problems.push(...schemaProblems(ops.newLink, answer));
        }
        const notString = await newLink({ email: 42 });
        f.expect(
          notString.status === 400 && notString.body?.error === 'invalid_request',
          `email not a string: expected 400 invalid_request, got ${shown(notString)}`,
        );
      },
      'unknown, __proto__ and badly formed addresses: 202 {status: accepted}; a number: 400',
    );

    // 3. Without JSON: 415, and nothing happens, not even a count: three such requests for a
    // fresh address, then a JSON one, which must still be accepted. A request without a body
    // type is sent with a JSON body, as a careless client would.
    await check(
      'json-only',
      async (f) => {
        const address = freshAddress();
        const boundary = 'activation-check';
        const variants = [
          ['text/plain', { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify({ email: address })],
          [
            'form-encoded',
            { 'content-type': 'application/x-www-form-urlencoded' },
            new URLSearchParams({ email: address }).toString(),
          ],
          [
            'multipart',
            { 'content-type': `multipart/form-data; boundary=${boundary}` },
            `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\n${address}\r\n--${boundary}--\r\n`,
          ],
          ['no content type', {}, JSON.stringify({ email: address })],
        ];
        for (const [name, headers, body] of variants) {
          const answer = await send({ path: '', headers, body });
          f.expect(
            answer.status === 415 && answer.body?.error === 'unsupported_media_type',
            `${name}: expected 415 unsupported_media_type, got ${shown(answer)}`,
          );
          f.problems.push(...schemaProblems(ops.newLink, answer));
        }
        const plain = await send({
          path: '/lookup',
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
          body: JSON.stringify({ token: unknownToken() }),
        });
        f.expect(
          plain.status === 415 && plain.body?.error === 'unsupported_media_type',
          `text/plain lookup: expected 415 unsupported_media_type, got ${shown(plain)}`,
        );
        f.problems.push(...schemaProblems(ops.lookup, plain));
        const after = await newLink({ email: address });
        f.expect(
          after.status === 202,
          `a JSON request after the refused ones should be accepted (they must not count), got ${shown(after)}`,
        );
      },
      'new link: text/plain, form-encoded, multipart, no type 415 and not counted; lookup: text/plain 415',
    );

    // 4. Timing, answers that are accepted: the customer's 3 allowed requests, interleaved with
    // fresh unknown addresses. These are also the "stranger's" requests of no-revocation and the
    // customer's answer of new-link-known-address.
    const samples = [];
    const timed = async (kind, address) => {
      await sleep(settings.timingGapMs); // lets work done after an answer finish before the next request
      const answer = await newLink({ email: address });
      samples.push({ kind, status: answer.status, ms: answer.ms });
      return answer;
    };
    /** Runs a measuring phase; a failed request fails the checks that use it, not the run. */
    const measure = async (phase) => {
      try {
        if (email) await phase();
      } catch (error) {
        if (error instanceof BudgetError) throw error;
        timingError ??= error;
      }
    };
    await measure(async () => {
      await lookup({ token: 'warm-up' }); // a warm connection before measuring
      for (let round_ = 0; round_ < 3; round_++) {
        await timed('other', freshAddress());
        knownAnswers.push(await timed('customer', email));
        await timed('other', freshAddress());
      }
    });

    await check('new-link-known-address', async (f) => {
      const first = knownAnswers[0];
      if (!first) throw timingError;
      if (first.status === 429) return { skip: 'the --email address was already limited (run again after 10 minutes)' };
      f.expect(
        first.status === 202 && JSON.stringify(first.body) === JSON.stringify({ status: 'accepted' }),
        `expected the same 202 {"status":"accepted"} as for others, got ${shown(first)}`,
      );
      f.problems.push(...schemaProblems(ops.newLink, first));
      return 'the customer gets the same 202 {status: accepted}';
    });

    // 5. Rate limit: a fresh address, 4 times.
    await check('rate-limit', async (f) => {
      const address = freshAddress();
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await newLink({ email: address }));
      const firsts = answers.slice(0, 3).map((answer) => answer.status);
      f.expect(
        firsts.every((status) => status === 202),
        `the first 3 requests should be accepted, got ${firsts.join(', ')}`,
      );
      const fourth = answers[3];
      if (!f.expect(fourth.status === 429, `4th request for one address: expected 429, got ${shown(fourth)}`)) return;
      limitedAddress = address;
      limitedFromFirstSource = true;
      f.problems.push(...schemaProblems(ops.newLink, fourth));
      const header = fourth.headers['retry-after'];
      if (f.expect(header !== undefined, 'the 429 has no Retry-After header')) {
        const seconds = /^\d+$/.test(header) ? Number(header) : NaN;
        f.expect(seconds >= 1, `Retry-After ${JSON.stringify(header)} is not an integer number of seconds ≥ 1`);
        f.expect(
          seconds === fourth.body?.retryAfter,
          `Retry-After ${header} differs from the body's retryAfter ${fourth.body?.retryAfter}`,
        );
      }
      if (origin)
        f.expect(
          headerList(fourth.headers['access-control-expose-headers']).includes('retry-after'),
          `the 429 to ${origin} does not name Retry-After in Access-Control-Expose-Headers (pages cannot read it)`,
        );
      return (
        `429 after 3, Retry-After ${header} = retryAfter` +
        (origin ? ', exposed to --origin' : ' (exposure: no --origin)')
      );
    });

    await check('limit-across-sources', async (f) => {
      if (!limitedFromFirstSource) return { skip: 'no address got limited from the first source (see rate-limit)' };
      const answer = await newLink({ email: limitedAddress }, { localAddress: sourceAddress });
      f.expect(
        answer.status === 429,
        `the address limited from the first source was accepted from ${sourceAddress}: ${shown(answer)}`,
      );
      return `the limited address is still 429 from ${sourceAddress}`;
    });

    // 6. Timing, answers that are refused: the customer's address (now over its limit) against
    // the address rate-limit just limited; both 429 for the same reason.
    await measure(async () => {
      const other = limitedAddress ?? freshAddress();
      for (let i = 0; i < settings.timingSamples; i++) {
        if (i % 2) {
          await timed('other', other);
          await timed('customer', email);
        } else {
          await timed('customer', email);
          await timed('other', other);
        }
      }
    });
    await check('timing', async (f) => {
      // Per status, so that like is compared with like. Load only ever adds time, and a timing leak
      // shifts every answer of one kind: the excess of a kind is how much even its fastest answer
      // is slower than the other kind's median (a median difference alone would fail on a loaded
      // machine with the 3 answers the per-address limit allows). The noise is how much the
      // others' median exceeds the fastest answer seen: a leak must stand out of it, so the
      // threshold is the bound or twice the noise, whichever is larger; when the noise alone
      // would hide a leak of the bound, the check says so (SKIP, inconclusive) instead of passing.
      if (timingError) throw timingError;
      const bound = settings.timingBoundMs;
      const all = samples.map((s) => s.ms);
      const others = samples.filter((s) => s.kind === 'other').map((s) => s.ms);
      const noise = all.length ? median(others) - Math.min(...all) : 0;
      const threshold = Math.max(bound, 2 * noise);
      const classes = [];
      for (const status of [...new Set(samples.map((sample) => sample.status))].sort()) {
        const of = (kind) => samples.filter((s) => s.status === status && s.kind === kind).map((s) => s.ms);
        const [customer, rest] = [of('customer'), of('other')];
        if (customer.length < 3 || rest.length < 3) continue;
        const entry = {
          status,
          customerMs: customer.map(round),
          othersMs: rest.map(round),
          medianCustomerMs: round(median(customer)),
          medianOthersMs: round(median(rest)),
          deltaMedianMs: round(median(customer) - median(rest)),
          // > 0: every customer answer slower than the others' median by that much.
          customerSlowerMs: round(Math.min(...customer) - median(rest)),
          othersSlowerMs: round(Math.min(...rest) - median(customer)),
        };
        classes.push(entry);
        const excess = Math.max(entry.customerSlowerMs, entry.othersSlowerMs);
        f.expect(
          excess <= threshold,
          `${status} answers: ${entry.customerSlowerMs > threshold ? "even the customer's fastest" : "even the others' fastest"} ` +
            `answer is ${excess} ms slower than the other kind's median (medians ${entry.medianCustomerMs} vs ` +
            `${entry.medianOthersMs} ms for ${customer.length} vs ${rest.length}; threshold ${round(threshold)} ms)`,
        );
      }
      Object.assign(timing, { boundMs: bound, noiseMs: round(noise), thresholdMs: round(threshold), classes });
      if (!classes.length) return { skip: 'not enough comparable answers (3 of each kind with one status)' };
      if (!f.problems.length && threshold > bound)
        return {
          skip:
            `inconclusive: answer times too noisy (${round(noise)} ms over the fastest) to see a ${bound} ms leak; ` +
            'run again on a quieter machine or network',
        };
      return classes
        .map(
          (c) =>
            `${c.status}: medians ${c.medianCustomerMs} vs ${c.medianOthersMs} ms (${c.customerMs.length} vs ${c.othersMs.length})`,
        )
        .join(', ')
        .concat(`, no shift over ${bound} ms (noise ${round(noise)} ms)`);
    });

    // 7. CORS.
    await check('cors-allowed-origin', async (f) => {
      for (const path of ['', '/lookup']) {
        const preflight = await send({
          method: 'OPTIONS',
          path,
          headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
        const where = `preflight of POST ${path || '/'}`;
        f.expect(preflight.status === 204 || preflight.status === 200, `${where}: status ${preflight.status}`);
        f.expect(
          preflight.headers['access-control-allow-origin'] === origin,
          `${where}: Access-Control-Allow-Origin is ${preflight.headers['access-control-allow-origin']}`,
        );
        f.expect(
          headerList(preflight.headers['access-control-allow-methods']).includes('post'),
          `${where}: Access-Control-Allow-Methods lacks POST`,
        );
        f.expect(
          headerList(preflight.headers['access-control-allow-headers']).includes('content-type'),
          `${where}: Access-Control-Allow-Headers lacks content-type`,
        );
      }
      const answers = everyAnswer.filter((a) => a.method !== 'OPTIONS' && a.sentOrigin === origin);
      const bad = (predicate) => answers.filter((answer) => !predicate(answer));
      const noAllow = bad((a) => a.headers['access-control-allow-origin'] === origin);
      f.expect(!noAllow.length, `${noAllow.length} answers to ${origin} lack Access-Control-Allow-Origin`);
      const noVary = bad(
        (a) => headerList(a.headers.vary).includes('origin') || headerList(a.headers.vary).includes('*'),
      );
      f.expect(!noVary.length, `${noVary.length} answers to ${origin} lack Vary: Origin`);
      const notExposed = bad((a) => headerList(a.headers['access-control-expose-headers']).includes('retry-after'));
      f.expect(
        !notExposed.length,
        `${notExposed.length} answers to ${origin} (${[...new Set(notExposed.map((a) => a.status))].join(', ')}) ` +
          'do not name Retry-After in Access-Control-Expose-Headers',
      );
      return `preflights allowed; ${answers.length} answers with Allow-Origin, Vary: Origin and Retry-After exposed`;
    });

    await check(
      'cors-foreign-origin',
      async (f) => {
        const preflight = await send({
          method: 'OPTIONS',
          path: '/lookup',
          headers: {
            origin: FOREIGN_ORIGIN,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
        const post = await lookup({ token: 'not-a-token' }, { headers: { origin: FOREIGN_ORIGIN } });
        for (const [name, answer] of [
          ['preflight', preflight],
          ['POST', post],
        ]) {
          const allow = answer.headers['access-control-allow-origin'];
          f.expect(allow === undefined, `${name} from ${FOREIGN_ORIGIN}: Access-Control-Allow-Origin ${allow}`);
        }
      },
      `no Access-Control-Allow-Origin for ${FOREIGN_ORIGIN}, preflight or POST`,
    );

    // 8. The customer's link after every request a stranger sent for the address, with and
    // without JSON.
    await check('no-revocation', async (f) => {
      for (const [type, body] of [
        ['text/plain', JSON.stringify({ email })],
        ['application/x-www-form-urlencoded', new URLSearchParams({ email }).toString()],
      ])
        await send({ path: '', headers: { 'content-type': type }, body });
      const strangers = samples.filter((sample) => sample.kind === 'customer').length + 2;
      const after = await lookup({ token });
      f.expect(
        after.status === 200 && after.body?.status === 'valid',
        `after ${strangers} new-link requests for --email, --token looks up ${after.body?.status ?? after.status}`,
      );
      return `--token still valid after ${strangers} new-link requests for --email`;
    });

    // 9. Headers of every answer (preflights aside).
    await check(
      'answer-headers',
      (f) => {
        const answers = everyAnswer.filter((a) => a.method !== 'OPTIONS');
        if (!answers.length) return { skip: 'the service gave no answer to check' };
        const badType = answers.filter(
          (a) => !/^application\/json;\s*charset=utf-8$/i.test(String(a.headers['content-type'] ?? '')),
        );
        f.expect(
          !badType.length,
          `${badType.length} answers lack Content-Type: application/json; charset=utf-8 (${shownStatuses(badType)})`,
        );
        const cached = answers.filter((a) => !headerList(a.headers['cache-control']).includes('no-store'));
        f.expect(!cached.length, `${cached.length} answers lack Cache-Control: no-store (${shownStatuses(cached)})`);
        return `${answers.length} answers checked`;
      },
      undefined,
    );
  } catch (error) {
    if (!(error instanceof BudgetError)) throw error;
    for (const { id } of CHECKS) skip(id, `not run: ${error.message}`);
    budgetExceeded = error.message;
  } finally {
    client.close();
  }

  const list = CHECKS.map(({ id, title }) => ({ id, title, ...results.get(id) }));
  return {
    ok: list.every((entry) => entry.result !== 'FAIL'),
    results: list,
    requests: client.count,
    durationMs: Date.now() - started,
    timing,
    ...(budgetExceeded && { stopped: budgetExceeded }),
  };
}

function shownStatuses(answers) {
  return [...new Set(answers.map((a) => `${a.method} ${a.path || '/'} ${a.status}`))].slice(0, 3).join(', ');
}

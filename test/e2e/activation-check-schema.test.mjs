// Unit tests of the conformance kit's schema checker (bin/activation-check/schema.mjs) and of how
// it reads the shipped OpenAPI document. Here rather than beside the components' tests because
// the kit is plain Node: `npm run test:e2e` runs every node:test file of this folder.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkAnswer as checkBody,
  checkHeaders,
  loadDocument,
  operations,
} from '../../bin/activation-check/openapi.mjs';
import { validate } from '../../bin/activation-check/schema.mjs';

const ok = (schema, value, root) => assert.deepEqual(validate(schema, value, root), [], JSON.stringify(value));
const bad = (schema, value, pattern, root) => {
  const problems = validate(schema, value, root);
  assert.ok(problems.length > 0, `${JSON.stringify(value)} should not match`);
  if (pattern) assert.match(problems.join('\n'), pattern);
};

describe('the schema checker', () => {
  test('type, including integer as a number and arrays of types', () => {
    ok({ type: 'string' }, 'a');
    bad({ type: 'string' }, 1, /expected string, got integer/);
    ok({ type: 'number' }, 1);
    ok({ type: 'integer' }, 2);
    bad({ type: 'integer' }, 2.5, /got number/);
    bad({ type: 'object' }, [], /got array/);
    bad({ type: 'object' }, null, /got null/);
    ok({ type: ['string', 'null'] }, null);
    bad({ type: 'boolean' }, 'true');
  });

  test('properties, required and additionalProperties', () => {
    const schema = {
      type: 'object',
      required: ['a'],
      additionalProperties: false,
      properties: { a: { type: 'string' }, b: { type: 'integer' } },
    };
    ok(schema, { a: 'x' });
    ok(schema, { a: 'x', b: 1 });
    bad(schema, {}, /lacks the required property a/);
    bad(schema, { a: 'x', c: 1 }, /has the property c/);
    bad(schema, { a: 1 }, /\$\.a: expected string/);
    bad(schema, JSON.parse('{"a":"x","__proto__":1}'), /__proto__/);
    ok({ type: 'object', properties: { a: { type: 'string' } } }, { a: 'x', extra: true });
    ok({ type: 'object', additionalProperties: { type: 'integer' } }, { x: 1 });
    bad({ type: 'object', additionalProperties: { type: 'integer' } }, { x: 'y' }, /\$\.x/);
  });

  test('enum and const', () => {
    ok({ enum: ['valid', 'expired'] }, 'valid');
    bad({ enum: ['valid', 'expired'] }, 'revoked', /not one of/);
    ok({ const: 'accepted' }, 'accepted');
    bad({ const: 'accepted' }, 'Accepted');
  });

  test('pattern (unicode), maxLength and minLength in code points', () => {
    ok({ type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' }, 'a'.repeat(43));
    bad({ type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' }, 'a'.repeat(42), /does not match/);
    ok({ type: 'string', pattern: '^[^\\u0000-\\u001f\\u007f<>]+$' }, 'c•••••@example.fr');
    bad({ type: 'string', pattern: '^[^\\u0000-\\u001f\\u007f<>]+$' }, 'a<b>');
    ok({ type: 'string', maxLength: 3 }, '•••');
    bad({ type: 'string', maxLength: 3 }, 'abcd', /longer than 3/);
    ok({ type: 'string', maxLength: 1 }, '😀');
    bad({ type: 'string', minLength: 1 }, '', /shorter/);
  });

  test('minimum and maximum', () => {
    ok({ type: 'integer', minimum: 1 }, 1);
    bad({ type: 'integer', minimum: 1 }, 0, /less than 1/);
    bad({ type: 'integer', maximum: 10 }, 11, /more than 10/);
  });

  test('format date-time (RFC 3339) and email', () => {
    const schema = { type: 'string', format: 'date-time' };
    ok(schema, '2026-12-01T09:30:00.000Z');
    ok(schema, '2026-12-01T09:30:00+01:00');
    bad(schema, '2026-12-01', /date-time/);
    bad(schema, '2026-13-01T09:30:00Z');
    bad(schema, 'Tue, 01 Dec 2026 09:30:00 GMT');
    ok({ type: 'string', format: 'email' }, 'camille.martin@example.fr');
    bad({ type: 'string', format: 'email' }, 'camille', /email/);
  });

  test('oneOf: exactly one alternative, with the closest one explained', () => {
    const schema = {
      oneOf: [
        { type: 'object', required: ['a'], properties: { a: { const: 1 } }, additionalProperties: false },
        { type: 'object', required: ['b'], properties: { b: { const: 2 } }, additionalProperties: false },
      ],
    };
    ok(schema, { a: 1 });
    ok(schema, { b: 2 });
    bad(schema, { a: 1, b: 2 }, /matches none of oneOf/);
    bad(schema, { c: 3 }, /closest/);
    bad({ oneOf: [{ type: 'integer' }, { type: 'number' }] }, 1, /matches 2 alternatives/);
    ok({ anyOf: [{ type: 'integer' }, { type: 'number' }] }, 1);
    bad({ allOf: [{ type: 'integer' }, { minimum: 5 }] }, 1, /less than 5/);
  });

  test('$ref to #/components/schemas, nested, and errors for what it cannot read', () => {
    const root = {
      components: {
        schemas: {
          Token: { type: 'string', pattern: '^[a-z]+$' },
          Body: { type: 'object', required: ['token'], properties: { token: { $ref: '#/components/schemas/Token' } } },
        },
      },
    };
    ok({ $ref: '#/components/schemas/Body' }, { token: 'abc' }, root);
    bad({ $ref: '#/components/schemas/Body' }, { token: 'ABC' }, /\$\.token: does not match/, root);
    bad({ $ref: '#/components/schemas/Missing' }, {}, /unresolved \$ref/, root);
    bad({ $ref: 'https://example.com/schema.json' }, {}, /unsupported \$ref/, root);
    bad({ type: 'string', contentEncoding: 'base64' }, 'a', /does not support the keyword\(s\) contentEncoding/);
    const loop = { components: { schemas: { A: { $ref: '#/components/schemas/A' } } } };
    bad({ $ref: '#/components/schemas/A' }, 1, /too deep/, loop);
    ok({ type: 'string', description: 'annotations are ignored', 'x-note': 1 }, 'a');
  });
});

describe('the shipped OpenAPI document, read by the kit', () => {
  const document = loadDocument();
  const { lookup, newLink } = operations(document);
  const iso = new Date(Date.now() + 86_400_000).toISOString();
  const valid = {
    status: 'valid',
    maskedEmail: 'c•••••.m•••••@example.fr',
    expiresAt: iso,
    next: 'sign-in',
    loginHint: 'camille.martin@example.fr',
  };

  const HEADERS = { 'cache-control': 'no-store', 'retry-after': '600' };
  const checkAnswer = (operation, status, body) => checkBody(document, operation, status, body, HEADERS);

  test('finds both operations', () => {
    assert.ok(lookup.responses['200']);
    assert.ok(newLink.responses['202']);
  });

  test('accepts the contract’s answers', () => {
    assert.deepEqual(checkAnswer(lookup, 200, valid), []);
    const { loginHint: _, ...used } = valid;
    assert.deepEqual(checkAnswer(lookup, 200, { ...used, status: 'used' }), []);
    assert.deepEqual(checkAnswer(lookup, 404, { status: 'unknown', next: 'request-new-link' }), []);
    assert.deepEqual(checkAnswer(lookup, 400, { error: 'malformed_token' }), []);
    assert.deepEqual(checkAnswer(newLink, 202, { status: 'accepted' }), []);
    assert.deepEqual(checkAnswer(newLink, 415, { error: 'unsupported_media_type' }), []);
    assert.deepEqual(checkAnswer(newLink, 429, { error: 'too_many_requests', retryAfter: 600 }), []);
  });

  test('refuses what the contract excludes', () => {
    assert.notDeepEqual(checkAnswer(lookup, 200, { ...valid, redemptionUrl: 'https://x/' }), []);
    const { expiresAt: _, ...noExpiry } = valid;
    assert.notDeepEqual(checkAnswer(lookup, 200, noExpiry), []);
    const { loginHint: __, ...expired } = valid;
    assert.notDeepEqual(checkAnswer(lookup, 200, { ...valid, status: 'expired' }), []);
    assert.deepEqual(checkAnswer(lookup, 200, { ...expired, status: 'expired', next: 'request-new-link' }), []);
    assert.notDeepEqual(checkAnswer(newLink, 429, { error: 'too_many_requests', retryAfter: 0 }), []);
    assert.notDeepEqual(checkAnswer(newLink, 202, { status: 'accepted', known: true }), []);
    assert.match(checkAnswer(newLink, 418, {}).join(), /describes no JSON answer with status 418/);
  });

  test('checks the documented headers: Retry-After required on 429, Cache-Control no-store', () => {
    assert.deepEqual(checkHeaders(document, newLink, 429, { 'cache-control': 'no-store', 'retry-after': '60' }), []);
    assert.match(
      checkHeaders(document, newLink, 429, { 'cache-control': 'no-store' }).join(),
      /Retry-After is missing/,
    );
    assert.notDeepEqual(checkHeaders(document, newLink, 429, { 'cache-control': 'no-store', 'retry-after': '0' }), []);
    assert.notDeepEqual(checkHeaders(document, newLink, 202, { 'cache-control': 'max-age=60' }), []);
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysLeft } from '../../src/activation/expiry.js';
import { formatLongDate } from '../../src/activation/format-date.js';
import { getDateStyle, setLocale } from '../../src/localization.js';
import { readLookup, readRegeneration } from '../../src/activation/lookup.js';
import { isWellFormedToken, readToken, withoutToken } from '../../src/activation/token.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const TOKEN = 'a'.repeat(43);
const KINDS = ['valid', 'expired', 'revoked', 'used', 'unknown', 'malformed', 'unreachable'];

describe('activation tokens', () => {
  it('accepts 43 characters of base64url only', () => {
    expect(isWellFormedToken(TOKEN)).to.equal(true);
    expect(isWellFormedToken('-_'.repeat(21) + 'Z')).to.equal(true);
    for (const bad of [
      '',
      'a'.repeat(42),
      'a'.repeat(44),
      'a'.repeat(42) + '=',
      'a'.repeat(42) + '/',
      null,
      undefined,
    ]) {
      expect(isWellFormedToken(bad)).to.equal(false);
    }
  });

  it('reads the token from the query or the fragment, and removes only it', () => {
    const url = new URL(`https://portail.example.fr/activation?lang=fr&token=${TOKEN}#section`);
    expect(readToken(url, 'token')).to.equal(TOKEN);
    expect(withoutToken(url, 'token').href).to.equal('https://portail.example.fr/activation?lang=fr#section');
    const inFragment = new URL(`https://portail.example.fr/activation#t=${TOKEN}&x=1`);
    expect(readToken(inFragment, 't')).to.equal(TOKEN);
    expect(withoutToken(inFragment, 't').hash).to.equal('#x=1');
    expect(readToken(new URL('https://portail.example.fr/'), 'token')).to.equal(undefined);
  });

  it('leaves the rest of the fragment and the query exactly as written', () => {
    const url = new URL(`https://portail.example.fr/aide?q=a%20b&x=1#faq-x&token=${TOKEN}&a=b%20c`);
    expect(readToken(url, 'token')).to.equal(TOKEN);
    expect(withoutToken(url, 'token').href).to.equal('https://portail.example.fr/aide?q=a%20b&x=1#faq-x&a=b%20c');
    expect(withoutToken(new URL(`https://p.example/#token=${TOKEN}`), 'token').href).to.equal('https://p.example/');
    expect(withoutToken(new URL(`https://p.example/?token=${TOKEN}&a=1`), 'token').href).to.equal(
      'https://p.example/?a=1',
    );
    const untouched = 'https://p.example/?tokens=1&a=%ZZ#x=%E9&tok=2';
    expect(withoutToken(new URL(untouched), 'token').href).to.equal(untouched);
  });

  it('never throws and always removes the parameter, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), (href, value) => {
        const url = new URL(href);
        url.searchParams.set('token', value);
        expect(readToken(url, 'token')).to.equal(value);
        expect(withoutToken(url, 'token').searchParams.has('token')).to.equal(false);
      }),
    );
  });
});

describe('readLookup', () => {
  const valid = { status: 'valid', maskedEmail: 'c••••@example.fr', expiresAt: '2026-12-26T10:00:00Z' };

  it('removes bidirectional overrides and line separators from what the service says', () => {
    const lookup = readLookup(200, { ...valid, maskedEmail: '\u202ert•••@example.fr\u2028\u2066x\u2069' }, NOW);
    expect(lookup).to.deep.include({ kind: 'valid', maskedEmail: 'rt•••@example.frx' });
    expect(readLookup(200, { ...valid, maskedEmail: '\u202e\u2028' }, NOW).kind).to.equal('unreachable');
  });

  it('follows no URL from the service: a redemption URL is ignored', () => {
    const lookup = readLookup(200, { ...valid, redemptionUrl: 'https://login.microsoftonline.com/x' }, NOW);
    expect(lookup).to.not.have.property('redemptionUrl');
  });

  it('reads each status', () => {
    expect(readLookup(200, { ...valid, loginHint: 'camille@example.fr' }, NOW)).to.deep.equal({
      kind: 'valid',
      maskedEmail: 'c••••@example.fr',
      expiresAt: new Date('2026-12-26T10:00:00Z'),
      loginHint: 'camille@example.fr',
    });
    expect(readLookup(200, { ...valid, status: 'expired' }, NOW).kind).to.equal('expired');
    expect(readLookup(200, { status: 'revoked' }, NOW).kind).to.equal('revoked');
    expect(readLookup(200, { status: 'used' }, NOW).kind).to.equal('used');
    expect(readLookup(400, {}, NOW).kind).to.equal('malformed');
    expect(readLookup(404, {}, NOW).kind).to.equal('unknown');
    expect(readLookup(503, valid, NOW).kind).to.equal('unreachable');
  });

  it('treats a valid answer past its date as expired', () => {
    expect(readLookup(200, { ...valid, expiresAt: '2026-11-25T09:59:59Z' }, NOW).kind).to.equal('expired');
  });

  it('does not confirm a token from an answer of the wrong shape', () => {
    for (const body of [
      null,
      'valid',
      [],
      { status: 'valid' },
      { ...valid, expiresAt: 'soon' },
      { ...valid, maskedEmail: '<b>x</b>' },
    ]) {
      expect(readLookup(200, body, NOW).kind).to.equal('unreachable');
    }
  });

  it('drops a login hint that is not an address', () => {
    const lookup = readLookup(200, { ...valid, loginHint: 'not an email' }, NOW);
    expect(lookup).not.to.have.property('loginHint');
  });

  it('never throws, and only confirms a well-formed, future answer, whatever the service sends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.anything(), (status, body) => {
        const lookup = readLookup(status, body, NOW);
        expect(KINDS).to.include(lookup.kind);
        if (lookup.kind === 'valid') {
          expect(lookup.maskedEmail).to.be.a('string');
          expect(lookup.expiresAt.getTime()).to.be.greaterThan(NOW.getTime());
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom('valid', 'expired', 'used', 'revoked', 'other'),
          maskedEmail: fc.oneof(fc.string(), fc.constant(undefined)),
          expiresAt: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.string(),
          ),
          loginHint: fc.oneof(fc.emailAddress(), fc.string()),
          redemptionUrl: fc.oneof(fc.webUrl(), fc.string()),
        }),
        (body) => {
          const lookup = readLookup(200, body, NOW);
          expect(KINDS).to.include(lookup.kind);
        },
      ),
    );
  });
});

describe('readRegeneration', () => {
  it('takes the wait from the body when the service does not expose Retry-After', () => {
    expect(readRegeneration(429, null, { error: 'too_many_requests', retryAfter: 598 })).to.deep.equal({
      kind: 'rate-limited',
      retryAfterSeconds: 598,
    });
    expect(readRegeneration(429, '30', { retryAfter: 598 })).to.deep.equal({
      kind: 'rate-limited',
      retryAfterSeconds: 30,
    });
  });

  it('reads acceptance, the wait time of a 429 and failures', () => {
    expect(readRegeneration(202, null)).to.deep.equal({ kind: 'accepted' });
    expect(readRegeneration(429, '120')).to.deep.equal({ kind: 'rate-limited', retryAfterSeconds: 120 });
    expect(readRegeneration(429, 'soon')).to.deep.equal({ kind: 'rate-limited', retryAfterSeconds: 60 });
    expect(readRegeneration(500, null)).to.deep.equal({ kind: 'unreachable' });
  });
});

describe('daysLeft', () => {
  // The test browser runs on New York time.
  const expiry = new Date('2026-12-26T15:00:00Z'); // 10:00 in New York on 26 December

  it('counts calendar days on the reader’s calendar', () => {
    expect(daysLeft(expiry, new Date('2026-11-26T15:00:00Z'))).to.equal(30);
    expect(daysLeft(expiry, new Date('2026-12-23T20:00:00Z'))).to.equal(3);
    expect(daysLeft(expiry, new Date('2026-12-25T23:00:00Z'))).to.equal(1);
  });

  it('is 0 on the last day and negative the day after', () => {
    expect(daysLeft(expiry, new Date('2026-12-26T05:00:00Z'))).to.equal(0);
    expect(daysLeft(expiry, new Date('2026-12-27T12:00:00Z'))).to.equal(-1);
  });

  it('counts calendar days across a change of clocks', () => {
    // New York moves to summer time on 14 March 2027: that day has 23 hours.
    expect(daysLeft(new Date('2027-03-16T04:30:00Z'), new Date('2027-03-13T05:30:00Z'))).to.equal(3);
    // 00:30 and 23:30 on 14 March, less than 23 hours apart: the same day.
    expect(daysLeft(new Date('2027-03-15T03:30:00Z'), new Date('2027-03-14T05:30:00Z'))).to.equal(0);
  });
});

describe('formatLongDate', () => {
  // Intl is the oracle here only: the library avoids it (see expiry.ts).
  before(() => setLocale('en'));
  after(() => setLocale('fr'));

  for (const style of ['en-US', 'en-GB'] as const) {
    it(`writes each day of a year as Intl does in ${style}`, () => {
      const intl = new Intl.DateTimeFormat(style, { dateStyle: 'long' });
      const mismatches: string[] = [];
      for (let day = 0; day < 366; day++) {
        const instant = new Date(2028, 0, 1 + day, 12);
        if (formatLongDate(instant, style) !== intl.format(instant)) mismatches.push(formatLongDate(instant, style));
      }
      expect(mismatches).to.deep.equal([]);
    });
  }

  it('reads the date style from the language asked for: its region for English', async () => {
    await setLocale('en-GB');
    expect(getDateStyle()).to.equal('en-GB');
    await setLocale('en-US');
    expect(getDateStyle()).to.equal('en-US');
    await setLocale('en');
    expect(getDateStyle()).to.equal('en-US');
    await setLocale('fr-FR');
    expect(getDateStyle()).to.equal('fr');
  });

  it('writes French dates the French way, « 1er » for the first of the month', async () => {
    await setLocale('fr');
    expect(formatLongDate(new Date(2026, 11, 1, 12), 'fr')).to.equal('1er\u00a0décembre 2026');
    expect(formatLongDate(new Date(2026, 11, 26, 12), 'fr')).to.equal('26\u00a0décembre 2026');
    expect(formatLongDate(new Date(2027, 7, 15, 12), 'fr')).to.equal('15\u00a0août 2027');
  });
});

import { expect } from '@open-wc/testing';
import { formatDayFromNow, formatTimeOfDay, formatWeekday } from '../../src/contact/format-hours.js';
import { openingStatus, parseOpeningHours, type WeeklySchedule } from '../../src/contact/opening-hours.js';
import { parisUtcOffset, parisWallClock, readerClockDiffersFromParis } from '../../src/contact/paris-time.js';

const OFFICE = 'Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00';

function schedule(text: string): WeeklySchedule {
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.schedule;
}

const statusAt = (iso: string, hours = OFFICE) => openingStatus(schedule(hours), new Date(iso));

describe('parseOpeningHours', () => {
  it('reads days, day ranges and several time ranges', () => {
    const week = schedule(OFFICE);
    expect(week[0]).to.deep.equal([
      { start: 540, end: 750 },
      { start: 840, end: 1080 },
    ]);
    expect(week[4]).to.deep.equal(week[0]);
    expect(week[5]).to.deep.equal([{ start: 540, end: 720 }]);
    expect(week[6]).to.deep.equal([]);
  });

  it('accepts day lists, wrapping ranges, 24:00 and any letter case', () => {
    const week = schedule('mo,WE 12:00-24:00; Sa-Mo 10:00-11:00');
    expect(week[0]).to.deep.equal([
      { start: 600, end: 660 },
      { start: 720, end: 1440 },
    ]);
    expect(week[2]).to.deep.equal([{ start: 720, end: 1440 }]);
    expect(week[1]).to.deep.equal([]);
    expect(week[5]).to.deep.equal([{ start: 600, end: 660 }]);
    expect(week[6]).to.deep.equal([{ start: 600, end: 660 }]);
  });

  for (const bad of [
    '',
    ' ; ',
    'Mo-Fr',
    'Monday 09:00-18:00',
    'Mo-Fr 9:00-18:00',
    'Mo-Fr 09:00-25:00',
    'Mo-Fr 18:00-09:00',
    'Mo-Fr 09:00-09:00',
    'Mo-Fr 09:00-12:00-14:00',
    'Mo-Fr 09:00-12:00, 14:00-18:00',
    'Mo 09:00-12:00; Mo 11:00-13:00',
    '<img src=x onerror=alert(1)>',
  ]) {
    it(`refuses ${JSON.stringify(bad)} with a reason`, () => {
      const parsed = parseOpeningHours(bad);
      expect(parsed.ok).to.equal(false);
      if (!parsed.ok) expect(parsed.reason).to.be.a('string').and.not.empty;
    });
  }
});

describe('openingStatus in Europe/Paris', () => {
  it('is open on a weekday morning (winter, UTC+1)', () => {
    // Tuesday 2026-01-13 10:00 in Paris.
    expect(statusAt('2026-01-13T09:00:00Z')).to.deep.include({ kind: 'open', closesAt: 750 });
  });

  it('is closed before opening and opens the same day', () => {
    // Tuesday 08:59 in Paris.
    expect(statusAt('2026-01-13T07:59:00Z')).to.deep.include({
      kind: 'closed',
      opensInDays: 0,
      weekday: 1,
      opensAt: 540,
    });
  });

  it('opens exactly at the start minute and closes exactly at the end minute', () => {
    expect(statusAt('2026-01-13T08:00:00Z').kind).to.equal('open');
    expect(statusAt('2026-01-13T16:59:00Z')).to.deep.include({ kind: 'open', closesAt: 1080 });
    expect(statusAt('2026-01-13T17:00:00Z')).to.deep.include({
      kind: 'closed',
      opensInDays: 1,
      weekday: 2,
      opensAt: 540,
    });
  });

  it('is closed at lunch and reopens in the afternoon', () => {
    expect(statusAt('2026-01-13T12:00:00Z')).to.deep.include({
      kind: 'closed',
      opensInDays: 0,
      weekday: 1,
      opensAt: 840,
    });
  });

  it('is closed on Saturday afternoon and Sunday, reopening on Monday', () => {
    // Saturday 2026-01-17 15:00 and Sunday 2026-01-18 11:00 in Paris.
    const monday = { kind: 'closed', weekday: 0, opensAt: 540 };
    expect(statusAt('2026-01-17T14:00:00Z')).to.deep.include({ ...monday, opensInDays: 2 });
    expect(statusAt('2026-01-18T10:00:00Z')).to.deep.include({ ...monday, opensInDays: 1 });
  });

  it('follows the switch to summer time (last Sunday of March)', () => {
    // Monday 2026-03-30, the day after the change: 07:30 UTC is 09:30 in Paris (UTC+2), open.
    expect(statusAt('2026-03-30T07:30:00Z').kind).to.equal('open');
    // The Monday before: 07:30 UTC is 08:30 in Paris (UTC+1), still closed.
    expect(statusAt('2026-03-23T07:30:00Z').kind).to.equal('closed');
    // Sunday 2026-03-29 around the gap (02:00 → 03:00): closed, opening on Monday morning.
    expect(statusAt('2026-03-29T00:59:00Z')).to.deep.include({ kind: 'closed', opensInDays: 1, opensAt: 540 });
    expect(statusAt('2026-03-29T01:00:00Z')).to.deep.include({ kind: 'closed', opensInDays: 1, opensAt: 540 });
  });

  it('follows the switch back to winter time (last Sunday of October)', () => {
    // Friday 2026-10-23, summer: 16:30 UTC is 18:30 in Paris, closed.
    expect(statusAt('2026-10-23T16:30:00Z').kind).to.equal('closed');
    // Friday 2026-10-30, winter: 16:30 UTC is 17:30 in Paris, open until 18:00.
    expect(statusAt('2026-10-30T16:30:00Z')).to.deep.include({ kind: 'open', closesAt: 1080 });
  });

  it('reads Paris clocks, not the reader’s', () => {
    // The test browser runs on New York time: 10:00 UTC on a Tuesday is 05:00 there (closed)
    // and 11:00 in Paris (open).
    expect(new Date('2026-01-13T10:00:00Z').getHours()).to.equal(5);
    expect(statusAt('2026-01-13T10:00:00Z').kind).to.equal('open');
  });

  it('finds the next opening up to a week ahead, and says when there is none', () => {
    // Only on Tuesdays; asked on Tuesday after closing: next Tuesday.
    expect(statusAt('2026-01-13T17:00:00Z', 'Tu 09:00-10:00')).to.deep.include({
      kind: 'closed',
      opensInDays: 7,
      weekday: 1,
      opensAt: 540,
    });
    expect(openingStatus([[], [], [], [], [], [], []], new Date())).to.deep.include({ kind: 'never-open' });
  });
});

describe('Paris time without Intl', () => {
  // Intl is the oracle here only: the library avoids it at first render (see paris-time.ts).
  const intlParis = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const intlWallClock = (instant: Date) => {
    const parts = Object.fromEntries(intlParis.formatToParts(instant).map((part) => [part.type, part.value]));
    return { weekday: WEEKDAYS.indexOf(parts.weekday), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  };

  it('agrees with the time-zone database every 97 minutes from 2000 to 2040', () => {
    const mismatches: string[] = [];
    for (let time = Date.UTC(2000, 0, 1); time < Date.UTC(2040, 0, 1); time += 97 * 60_000) {
      const instant = new Date(time);
      const ours = parisWallClock(instant);
      const theirs = intlWallClock(instant);
      if (ours.weekday !== theirs.weekday || ours.minutes !== theirs.minutes) mismatches.push(instant.toISOString());
    }
    expect(mismatches).to.deep.equal([]);
  });

  it('agrees on each side of every switch to and from summer time', () => {
    const mismatches: string[] = [];
    for (let year = 2000; year < 2040; year++) {
      for (const month of [2, 9]) {
        for (let day = 25; day <= 31; day++) {
          for (const edge of [-60_000, 0, 60_000, 3_599_000]) {
            const instant = new Date(Date.UTC(year, month, day, 1) + edge);
            const { minutes } = parisWallClock(instant);
            if (minutes !== intlWallClock(instant).minutes) mismatches.push(instant.toISOString());
          }
        }
      }
    }
    expect(mismatches).to.deep.equal([]);
  });

  it('gives UTC+1 in winter and UTC+2 in summer', () => {
    expect(parisUtcOffset(new Date('2026-01-13T09:00:00Z'))).to.equal(60);
    expect(parisUtcOffset(new Date('2026-03-29T00:59:59Z'))).to.equal(60);
    expect(parisUtcOffset(new Date('2026-03-29T01:00:00Z'))).to.equal(120);
    expect(parisUtcOffset(new Date('2026-10-25T00:59:59Z'))).to.equal(120);
    expect(parisUtcOffset(new Date('2026-10-25T01:00:00Z'))).to.equal(60);
  });

  it('tells whether the reader’s clock differs from Paris clocks', () => {
    // The test browser runs on New York time (web-test-runner.config.mjs).
    expect(readerClockDiffersFromParis(new Date('2026-01-13T09:00:00Z'))).to.equal(true);
  });
});

describe('formatTimeOfDay', () => {
  it('writes French times the French way', () => {
    expect(formatTimeOfDay(540, 'fr')).to.equal('9\u00a0h');
    expect(formatTimeOfDay(750, 'fr')).to.equal('12\u00a0h\u00a030');
    expect(formatTimeOfDay(1440, 'fr')).to.equal('24\u00a0h');
  });

  for (const style of ['en-US', 'en-GB'] as const) {
    it(`writes ${style} times as Intl does, every minute of the day`, () => {
      const intl = new Intl.DateTimeFormat(style, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
      const mismatches: string[] = [];
      for (let minutes = 0; minutes <= 24 * 60; minutes++) {
        const expected = intl.format(Date.UTC(2024, 0, 1) + (minutes % (24 * 60)) * 60_000).replace(/\s/, '\u00a0');
        const written = formatTimeOfDay(minutes, style);
        if (written !== expected) mismatches.push(`${minutes}: ${written} ≠ ${expected}`);
      }
      expect(mismatches).to.deep.equal([]);
    });
  }
});

describe('formatDayFromNow', () => {
  it('says today, tomorrow, or the weekday in the source language', () => {
    expect(formatDayFromNow(0, 3)).to.equal('aujourd’hui');
    expect(formatDayFromNow(1, 3)).to.equal('demain');
    expect(formatDayFromNow(2, 3)).to.equal('jeudi');
    expect([0, 1, 2, 3, 4, 5, 6].map(formatWeekday)).to.deep.equal([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
  });
});

import { expect } from '@open-wc/testing';
import { closedReason, dayNumber, easter, isFrenchHoliday, parseClosures } from '../../src/contact/closed-days.js';
import { openingStatus, parseOpeningHours, type WeeklySchedule } from '../../src/contact/opening-hours.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 864e5;

describe('closed days', () => {
  it('computes Easter Sunday (computus) for known years', () => {
    const known = {
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easter(Number(year)), year).to.equal(day(date));
  });

  it('knows the eleven French public holidays, fixed and after Easter', () => {
    const holidays2026 = [
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ];
    for (const date of holidays2026) expect(isFrenchHoliday(day(date)), date).to.equal(true);
    let count = 0;
    for (let d = day('2026-01-01'); d <= day('2026-12-31'); d++) if (isFrenchHoliday(d)) count++;
    expect(count).to.equal(11);
    expect(isFrenchHoliday(day('2026-12-24'))).to.equal(false);
    expect(isFrenchHoliday(day('2026-04-05'))).to.equal(false);
  });

  it('reads closures as dates and inclusive ranges, and refuses anything else', () => {
    expect(parseClosures('2026-12-24, 2026-12-31/2027-01-02')).to.deep.equal([
      [day('2026-12-24'), day('2026-12-24')],
      [day('2026-12-31'), day('2027-01-02')],
    ]);
    expect(parseClosures('')).to.deep.equal([]);
    for (const bad of ['2026-02-30', '2026-13-01', '24/12/2026', '2027-01-02/2026-12-31', 'Noël'])
      expect(parseClosures(bad), bad).to.equal(undefined);
    expect(closedReason(day('2026-12-24'), parseClosures('2026-12-24'))).to.equal('closure');
    expect(closedReason(day('2026-12-25'))).to.equal('holiday');
    expect(closedReason(dayNumber(2026, 12, 23))).to.equal(undefined);
  });

  it('skips closed days when telling when the service opens next', () => {
    const { schedule } = parseOpeningHours('Mo-Fr 09:00-12:30,14:00-18:00') as { schedule: WeeklySchedule };
    // Friday 25 December 2026, 10:00 in Paris.
    const christmas = openingStatus(schedule, new Date('2026-12-25T09:00:00Z'), (d) => closedReason(d));
    expect(christmas).to.include({ kind: 'closed', reason: 'holiday', opensInDays: 3, opensAt: 9 * 60 });
    const closures = parseClosures('2026-12-28/2027-01-08');
    const long = openingStatus(schedule, new Date('2026-12-25T09:00:00Z'), (d) => closedReason(d, closures));
    expect(long).to.include({ kind: 'closed', opensInDays: 17, day: day('2027-01-11') });
  });
});

// Paris time without Intl: the first Intl date call in a page loads the ICU time-zone data, which
// cost the lost-phone card 14–47 ms before its first render. Paris follows the EU rule (since
// 1996): summer time (UTC+2) from the last Sunday of March to the last Sunday of October, both
// switches at 01:00 UTC; UTC+1 the rest of the year.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 01:00 UTC on the last Sunday of a 31-day month (March or October). */
function lastSundaySwitch(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex, 31, 1);
  return lastDay - new Date(lastDay).getUTCDay() * DAY;
}

/** How many minutes Paris clocks are ahead of UTC at `instant`: 120 in summer time, else 60. */
export function parisUtcOffset(instant: Date): number {
  const year = instant.getUTCFullYear();
  const time = instant.getTime();
  return time >= lastSundaySwitch(year, 2) && time < lastSundaySwitch(year, 9) ? 120 : 60;
}

/**
 * The weekday (0 = Monday), minutes since midnight and date (as days since 1970-01-01) that Paris
 * clocks and calendars show at `instant`.
 */
export function parisWallClock(instant: Date): { weekday: number; minutes: number; day: number } {
  const shifted = new Date(instant.getTime() + parisUtcOffset(instant) * 60_000);
  return {
    weekday: (shifted.getUTCDay() + 6) % 7,
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    day: Math.floor(shifted.getTime() / DAY),
  };
}

/** True when, at `instant`, the reader's own clock shows another time than Paris clocks. */
export function readerClockDiffersFromParis(instant: Date): boolean {
  return -instant.getTimezoneOffset() !== parisUtcOffset(instant);
}

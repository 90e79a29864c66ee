// Days on which customer service is closed although its weekly hours say open: French public
// holidays (Code du travail, art. L3133-1) and the firm's own closures. Arithmetic only, no Intl
// (see paris-time.ts): the card needs it at its first render.

/** Why a day is closed: a public holiday or one of the firm's closures. */
export type ClosedReason = 'holiday' | 'closure';

/** Days since 1970-01-01 of a calendar date (month 1 to 12). */
export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 864e5;

/** Easter Sunday of a Gregorian year, as a day number (the anonymous Gregorian computus). */
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumber(year, Math.floor(n / 31), (n % 31) + 1);
}

/**
 * Whether a day (a day number) is a French public holiday: 1 January, 1 and 8 May, 14 July,
 * 15 August, 1 and 11 November, 25 December, and Easter Monday, Ascension Day and Whit Monday
 * (1, 39 and 50 days after Easter Sunday).
 */
export function isFrenchHoliday(day: number): boolean {
  const year = new Date(day * 864e5).getUTCFullYear();
  const fromEaster = day - easter(year);
  return (
    fromEaster === 1 ||
    fromEaster === 39 ||
    fromEaster === 50 ||
    ['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25'].some((date) => {
      const [month, dayOfMonth] = date.split('-');
      return dayNumber(year, +month, +dayOfMonth) === day;
    })
  );
}

/** Inclusive ranges of day numbers. */
export type Closures = readonly (readonly [number, number])[];

const DATE = '(\\d{4})-(\\d\\d)-(\\d\\d)';
const CLOSURE = new RegExp(`^${DATE}(?:/${DATE})?$`);

/**
 * Reads the firm's closures: dates `YYYY-MM-DD` and inclusive ranges `YYYY-MM-DD/YYYY-MM-DD`,
 * separated by commas or spaces. Returns `undefined` when an item is not one of those, or names
 * a date that does not exist, or a range that ends before it starts.
 */
export function parseClosures(text: string): Closures | undefined {
  const closures: [number, number][] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const match = CLOSURE.exec(item);
    if (!match) return undefined;
    const start = dateOf(match, 1);
    const end = match[4] ? dateOf(match, 4) : start;
    // NaN (a date that does not exist) fails this too.
    if (!(start <= end)) return undefined;
    closures.push([start, end]);
  }
  return closures;
}

/** The day number of the date matched from `at`, or NaN when it does not exist (2027-02-30). */
function dateOf(match: RegExpExecArray, at: number): number {
  const [year, month, day] = [+match[at], +match[at + 1], +match[at + 2]];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() + 1 === month && date.getUTCDate() === day ? dayNumber(year, month, day) : NaN;
}

/** Why customer service is closed on `day` (a day number), if it is. */
export function closedReason(day: number, closures: Closures = []): ClosedReason | undefined {
  if (closures.some(([start, end]) => start <= day && day <= end)) return 'closure';
  return isFrenchHoliday(day) ? 'holiday' : undefined;
}

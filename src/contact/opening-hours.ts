import type { ClosedReason } from './closed-days.js';
import { parisWallClock } from './paris-time.js';

/**
 * Weekly opening hours written as `Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:00`:
 * rules separated by `;`, each a list of days (Mo Tu We Th Fr Sa Su, single or ranges, comma
 * separated) followed by time ranges (24-hour `HH:MM-HH:MM`, comma separated, `24:00` allowed).
 * Days not named are closed.
 */

/** Minutes since local midnight; an opening interval never crosses midnight. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** Index 0 is Monday, 6 is Sunday; ranges sorted by start. */
export type WeeklySchedule = readonly (readonly TimeRange[])[];

export type ParsedOpeningHours =
  { readonly ok: true; readonly schedule: WeeklySchedule } | { readonly ok: false; readonly reason: string };

export type OpeningStatus =
  | { readonly kind: 'open'; readonly closesAt: number }
  | {
      readonly kind: 'closed';
      readonly opensInDays: number;
      readonly weekday: number;
      /** The day it opens, as days since 1970-01-01. */
      readonly day: number;
      readonly opensAt: number;
      /** Set when a service open on this weekday is closed all day today. */
      readonly reason?: ClosedReason;
    }
  | { readonly kind: 'never-open' };

const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const DAYS = `(?:${DAY_CODES.join('|')})(?:-(?:${DAY_CODES.join('|')}))?`;
const TIMES = '(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)';
const RULE = new RegExp(`^\\s*(${DAYS}(?:,${DAYS})*)\\s+(${TIMES}(?:,${TIMES})*)\\s*$`, 'i');

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

export function parseOpeningHours(text: string): ParsedOpeningHours {
  const week: TimeRange[][] = DAY_CODES.map(() => []);
  const rules = text.split(';').filter((rule) => rule.trim());
  if (rules.length === 0) return { ok: false, reason: 'is empty' };
  for (const rule of rules) {
    const match = RULE.exec(rule);
    if (!match) return { ok: false, reason: 'has a rule that is not "<days> <HH:MM-HH:MM>[,…]"' };
    const ranges = match[2].split(',').map((range) => ({
      start: minutesOf(range.slice(0, 5)),
      end: minutesOf(range.slice(6)),
    }));
    if (ranges.some((range) => range.end <= range.start))
      return { ok: false, reason: 'has a range that ends before it starts' };
    for (const days of match[1].toLowerCase().split(',')) {
      const [first, last = first] = days.split('-').map((code) => DAY_CODES.indexOf(code));
      // A range such as Sa-Mo wraps over the week end.
      for (let day = first; ; day = (day + 1) % 7) {
        week[day].push(...ranges);
        if (day === last) break;
      }
    }
  }
  for (const ranges of week) {
    ranges.sort((a, b) => a.start - b.start);
    if (ranges.some((range, i) => i > 0 && range.start < ranges[i - 1].end)) {
      return { ok: false, reason: 'has overlapping ranges on the same day' };
    }
  }
  return { ok: true, schedule: week };
}

/**
 * Whether the service is open at `instant` on Paris time, and otherwise when it next opens.
 * `closedOn` tells the days (as days since 1970-01-01) closed all day: public holidays, closures.
 */
export function openingStatus(
  schedule: WeeklySchedule,
  instant: Date,
  closedOn: (day: number) => ClosedReason | undefined = () => undefined,
): OpeningStatus {
  const { weekday, minutes, day: today } = parisWallClock(instant);
  const reason = schedule[weekday].length ? closedOn(today) : undefined;
  const current = !reason && schedule[weekday].find((range) => range.start <= minutes && minutes < range.end);
  if (current) return { kind: 'open', closesAt: current.end };
  // Beyond a year and a week, a schedule with open days is closed by an endless list of closures.
  for (let offset = 0; offset <= 372; offset++) {
    const day = (weekday + offset) % 7;
    const next = !closedOn(today + offset) && schedule[day].find((range) => offset > 0 || range.start > minutes);
    if (next)
      return { kind: 'closed', opensInDays: offset, weekday: day, day: today + offset, opensAt: next.start, reason };
  }
  return { kind: 'never-open' };
}

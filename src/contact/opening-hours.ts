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
  | { readonly ok: true; readonly schedule: WeeklySchedule }
  | { readonly ok: false; readonly reason: string };

export type OpeningStatus =
  | { readonly kind: 'open'; readonly closesAt: number }
  | { readonly kind: 'closed'; readonly opensInDays: number; readonly weekday: number; readonly opensAt: number }
  | { readonly kind: 'never-open' };

const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function parseTime(text: string): number | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

function parseDays(text: string): number[] | undefined {
  const days: number[] = [];
  for (const part of text.split(',')) {
    const [from, to = from] = part.trim().toLowerCase().split('-');
    const first = DAY_CODES.indexOf(from);
    const last = DAY_CODES.indexOf(to);
    if (first < 0 || last < 0) return undefined;
    // A range such as Sa-Mo wraps over the week end.
    for (let day = first; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function parseRanges(text: string): TimeRange[] | undefined {
  const ranges: TimeRange[] = [];
  for (const part of text.split(',')) {
    const [startText, endText, ...rest] = part.split('-');
    if (endText === undefined || rest.length > 0) return undefined;
    const start = parseTime(startText);
    const end = parseTime(endText);
    if (start === undefined || end === undefined || end <= start) return undefined;
    ranges.push({ start, end });
  }
  return ranges;
}

export function parseOpeningHours(text: string): ParsedOpeningHours {
  const week: TimeRange[][] = DAY_CODES.map(() => []);
  const rules = text.split(';').filter((rule) => rule.trim() !== '');
  if (rules.length === 0) return { ok: false, reason: 'is empty' };
  for (const rule of rules) {
    const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(rule);
    const days = match && parseDays(match[1]);
    const ranges = match && parseRanges(match[2]);
    if (!days || !ranges) {
      return { ok: false, reason: 'has a rule that is not "<days> <HH:MM-HH:MM>[,…]"' };
    }
    for (const day of days) week[day].push(...ranges);
  }
  for (const ranges of week) {
    ranges.sort((a, b) => a.start - b.start);
    if (ranges.some((range, i) => i > 0 && range.start < ranges[i - 1].end)) {
      return { ok: false, reason: 'has overlapping ranges on the same day' };
    }
  }
  return { ok: true, schedule: week };
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The weekday (0 = Monday) and minutes since midnight of an instant on the clocks of a time zone. */
export function wallClock(instant: Date, timeZone: string): { weekday: number; minutes: number } {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    weekday: DAY_CODES.indexOf(parts.weekday.slice(0, 2).toLowerCase()),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Whether the service is open at `instant` in `timeZone`, and otherwise when it next opens. */
export function openingStatus(schedule: WeeklySchedule, instant: Date, timeZone: string): OpeningStatus {
  const { weekday, minutes } = wallClock(instant, timeZone);
  const current = schedule[weekday].find((range) => range.start <= minutes && minutes < range.end);
  if (current) return { kind: 'open', closesAt: current.end };
  for (let offset = 0; offset <= 7; offset++) {
    const day = (weekday + offset) % 7;
    const next = schedule[day].find((range) => offset > 0 || range.start > minutes);
    if (next) return { kind: 'closed', opensInDays: offset, weekday: day, opensAt: next.start };
  }
  return { kind: 'never-open' };
}

/** Days that share the same ranges, grouped into runs of consecutive weekdays, for display. */
export function groupDays(schedule: WeeklySchedule): { first: number; last: number; ranges: readonly TimeRange[] }[] {
  const key = (ranges: readonly TimeRange[]) => ranges.map((r) => `${r.start}-${r.end}`).join(',');
  const groups: { first: number; last: number; ranges: readonly TimeRange[] }[] = [];
  schedule.forEach((ranges, day) => {
    if (ranges.length === 0) return;
    const previous = groups.at(-1);
    if (previous && previous.last === day - 1 && key(previous.ranges) === key(ranges)) previous.last = day;
    else groups.push({ first: day, last: day, ranges });
  });
  return groups;
}

import { wallClock } from './opening-hours.js';

// A fixed Monday (2024-01-01) from which weekdays are formatted in UTC.
const MONDAY_UTC = Date.UTC(2024, 0, 1);

/** Local wall-clock minutes as a time of day in the locale: `9 h`, `12 h 30` in French, `9:00 AM` in English. */
export function formatTimeOfDay(minutes: number, locale: string): string {
  if (locale === 'fr') {
    // 24:00 reads « 24 h » in French, the usual way to say the end of the day.
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
  }
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    MONDAY_UTC + (minutes % (24 * 60)) * 60_000,
  );
}

/** Weekday name (0 = Monday) in the locale, as it appears mid-sentence. */
export function formatWeekday(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    MONDAY_UTC + weekday * 86_400_000,
  );
}

/** `aujourd’hui`, `demain`, or the weekday name, for the day that is `inDays` from now. */
export function formatDayFromNow(inDays: number, weekday: number, locale: string): string {
  return inDays <= 1
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(inDays, 'day')
    : formatWeekday(weekday, locale);
}

/** True when, at `instant`, the reader's own clock shows another time than the clocks of `timeZone`. */
export function readerClockDiffers(timeZone: string, instant: Date): boolean {
  const readerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return wallClock(instant, readerZone).minutes !== wallClock(instant, timeZone).minutes;
}

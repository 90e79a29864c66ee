import { msg, str } from '@lit/localize';

// Written out rather than asked of Intl, whose first date call in a page loads the ICU data and
// delays the lost-phone card's first render (see paris-time.ts). The package speaks French and
// English only, so the two forms below and the catalogue's weekday names cover every reader.

/**
 * Wall-clock minutes as a time of day: `9 h`, `12 h 30` in French; `9:00 AM` in American English
 * (`en`, `en-US`); `9:00`, `18:00` in British English and the other English regions.
 */
export function formatTimeOfDay(minutes: number, style: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  // 24:00 reads « 24 h » in French, the usual way to say the end of the day.
  if (style === 'fr') return rest === '00' ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${rest}`;
  const hourOfDay = hours % 24;
  if (style === 'en-GB') return `${hourOfDay}:${rest}`;
  // A no-break space before AM/PM, so that the time never wraps there.
  return `${hourOfDay % 12 || 12}:${rest}\u00a0${hourOfDay < 12 ? 'AM' : 'PM'}`;
}

/** Weekday name (0 = Monday) as it appears mid-sentence. */
export function formatWeekday(weekday: number): string {
  return [msg('lundi'), msg('mardi'), msg('mercredi'), msg('jeudi'), msg('vendredi'), msg('samedi'), msg('dimanche')][
    weekday
  ];
}

/**
 * `aujourd’hui`, `demain`, the weekday name, or beyond a week the date (`le lundi 4 janvier`),
 * for the day that is `inDays` from now; `day` counts days since 1970-01-01.
 */
export function formatDayFromNow(inDays: number, weekday: number, day = 0): string {
  if (inDays === 0) return msg('aujourd’hui');
  if (inDays === 1) return msg('demain');
  if (inDays < 7) return formatWeekday(weekday);
  const date = new Date(day * 864e5);
  // One string for the twelve names: a single catalogue entry weighs less on the first load.
  const month = msg('janvier février mars avril mai juin juillet août septembre octobre novembre décembre').split(' ')[
    date.getUTCMonth()
  ];
  return msg(str`le ${formatWeekday(weekday)} ${date.getUTCDate()} ${month}`);
}

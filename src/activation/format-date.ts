import { msg } from '@lit/localize';

// Written out rather than asked of Intl, for the same reason as daysLeft (see expiry.ts). The
// package speaks French and English only.

const monthName = (month: number) =>
  [
    msg('janvier'),
    msg('février'),
    msg('mars'),
    msg('avril'),
    msg('mai'),
    msg('juin'),
    msg('juillet'),
    msg('août'),
    msg('septembre'),
    msg('octobre'),
    msg('novembre'),
    msg('décembre'),
  ][month];

/** A day on the reader's calendar, in full: `1er décembre 2026`, `December 1, 2026`, `1 December 2026`. */
export function formatLongDate(instant: Date, style: 'fr' | 'en-US' | 'en-GB'): string {
  const day = instant.getDate();
  const month = monthName(instant.getMonth());
  const year = instant.getFullYear();
  if (style === 'fr') return `${day === 1 ? '1er' : day}\u00a0${month} ${year}`;
  return style === 'en-GB' ? `${day} ${month} ${year}` : `${month} ${day}, ${year}`;
}

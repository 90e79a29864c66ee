/** Days counted as soon to expire: the landing warns within them. */
export const EXPIRING_SOON_DAYS = 3;

// The reader's calendar day, from the Date's local fields rather than Intl: the first Intl date
// call in a page loads the ICU data, which would delay the landing's answer (see paris-time.ts).
const dayNumber = (instant: Date) =>
  Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate()) / 86_400_000;

/**
 * Calendar days from today to the expiry day, on the reader's calendar: 0 on the last day, 1 the
 * day before. Negative once the day has passed.
 */
export function daysLeft(expiresAt: Date, now: Date): number {
  return dayNumber(expiresAt) - dayNumber(now);
}

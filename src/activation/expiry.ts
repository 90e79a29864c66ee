/** Days counted as soon to expire: the landing warns within them. */
export const EXPIRING_SOON_DAYS = 3;

const dayNumber = (instant: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return Date.parse(`${parts}T00:00:00Z`) / 86_400_000;
};

/**
 * Calendar days from today to the expiry day, on the reader's calendar: 0 on the last day, 1 the
 * day before. Negative once the day has passed.
 */
export function daysLeft(
  expiresAt: Date,
  now: Date,
  timeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone,
): number {
  return dayNumber(expiresAt, timeZone) - dayNumber(now, timeZone);
}

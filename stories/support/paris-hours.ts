import { parisWallClock } from '../../src/contact/paris-time.js';

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Opening hours that make the card open (or closed) whenever the story is viewed, so that
 * designers see each state without a fake clock in the element.
 */
export function hoursOpenNow(): string {
  const { weekday, minutes } = parisWallClock(new Date());
  const start = Math.max(0, minutes - 60);
  const end = Math.min(24 * 60, Math.max(minutes + 120, start + 1));
  return `${DAY_CODES[weekday]} ${hhmm(start)}-${hhmm(end)}`;
}

/** Closed all of today; open tomorrow from 9:00. */
export function hoursOpeningTomorrow(): string {
  const { weekday } = parisWallClock(new Date());
  return `${DAY_CODES[(weekday + 1) % 7]} 09:00-12:30,14:00-18:00`;
}

import { warnOnce } from './dev-warning.js';

/**
 * The longest text a `bt-*` element keeps from an attribute. Far above any sensible value (addresses, labels, opening
 * hours, lists of dates), yet short enough that no text can stall the page: an unbroken megabyte
 * in a label froze the page for 20 to 70 seconds.
 */
export const TEXT_LIMIT = 2000;

/**
 * `value` cut to `limit` characters when it is a longer string, else unchanged. The development
 * build warns once, naming the element and the attribute, never the value.
 */
export function capText(value: string | null, limit: number, tagName: string, attribute: string): string | null {
  if (value === null || value.length <= limit) return value;
  if (import.meta.env.DEV) {
    warnOnce(tagName, `cuts \`${attribute}\` to its first ${limit} characters: a longer text is surely a mistake.`);
  }
  return value.slice(0, limit);
}

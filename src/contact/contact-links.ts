/**
 * Turns host-supplied contact details into safe link targets, or `undefined` when they are not
 * usable: the element then leaves the link out rather than render a broken one.
 */

const PHONE_SEPARATORS = /[\s\u00a0\u202f.()-]/g;

/** `tel:` URI for a phone number written with the usual separators, `+` only in front. */
export function telHref(phone: string | undefined): string | undefined {
  const compact = (phone ?? '').replace(PHONE_SEPARATORS, '');
  return /^\+?\d{4,15}$/.test(compact) ? `tel:${compact}` : undefined;
}

/** `mailto:` URI for a plain address; anything that could smuggle headers (`?`, `&`, `%`) is refused. */
export function mailtoHref(email: string | undefined): string | undefined {
  const address = (email ?? '').trim();
  return /^[\w.+'-]+@[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)+$/i.test(address)
    ? `mailto:${address}`
    : undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute `https:` URL (`http:` on loopback only, for development), resolved against the page. */
export function safeHttpHref(url: string | undefined, base: string): string | undefined {
  if (!url?.trim()) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  const secure = parsed.protocol === 'https:';
  const loopback = parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  return (secure || loopback) && !parsed.username && !parsed.password ? parsed.href : undefined;
}

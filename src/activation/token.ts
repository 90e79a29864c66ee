/** Activation tokens are 32 random bytes in base64url: 43 characters. */
export const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(token: string | null | undefined): token is string {
  return typeof token === 'string' && TOKEN_FORMAT.test(token);
}

/** The token in `url`'s `param` (query first, then fragment), or undefined. */
export function readToken(url: URL, param: string): string | undefined {
  const fromQuery = url.searchParams.get(param);
  if (fromQuery !== null) return fromQuery;
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  return fragment.get(param) ?? undefined;
}

/**
 * `url` without `param`, so that the token leaves the address bar, bookmarks and screenshots.
 * Only that parameter goes: the rest of the query and of the fragment (a page's own anchor or
 * state, `#faq-x&a=b%20c`) stays exactly as it was written.
 */
export function withoutToken(url: URL, param: string): URL {
  const cleaned = new URL(url.href);
  const keep = (part: string) => {
    const name = part.split('=')[0];
    try {
      return decodeURIComponent(name.replace(/\+/g, ' ')) !== param;
    } catch {
      return true;
    }
  };
  for (const key of ['search', 'hash'] as const) {
    const parts = cleaned[key].slice(1).split('&');
    const kept = parts.filter(keep);
    // An empty value removes the « ? » or « # » too.
    if (kept.length !== parts.length) cleaned[key] = kept.join('&');
  }
  return cleaned;
}

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

/** `url` without `param`, so that the token leaves the address bar, bookmarks and screenshots. */
export function withoutToken(url: URL, param: string): URL {
  const cleaned = new URL(url.href);
  cleaned.searchParams.delete(param);
  const fragment = new URLSearchParams(cleaned.hash.replace(/^#/, ''));
  if (fragment.has(param)) {
    fragment.delete(param);
    cleaned.hash = fragment.toString();
  }
  return cleaned;
}

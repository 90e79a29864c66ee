/** `url` resolved against the page when it is on the page's origin; `undefined` otherwise (no open redirect). */
export function sameOriginUrl(
  url: string | undefined,
  pageHref: string = globalThis.location.href,
): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, pageHref);
    return resolved.origin === new URL(pageHref).origin ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

let answer: Promise<boolean> | undefined;

/**
 * Whether this page is served with `Cross-Origin-Opener-Policy: same-origin`, which cuts it off
 * from the popups it opens once they reach another origin (they then look closed). Asked once,
 * when the first sign-in popup opens, with a HEAD request for this page: headers of same-origin
 * responses are readable.
 */
export function openerPolicySeversPopups(): Promise<boolean> {
  answer ??= fetch(location.href, { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' })
    .then((response) => /^\s*same-origin\s*(;|$)/i.test(response.headers.get('cross-origin-opener-policy') ?? ''))
    .catch(() => false);
  return answer;
}

/** What the activation service says about a token, checked field by field. */
export type ActivationLookup =
  | {
      readonly kind: 'valid';
      readonly maskedEmail: string;
      readonly expiresAt: Date;
      readonly loginHint?: string;
      readonly redemptionUrl?: string;
    }
  | { readonly kind: 'expired' | 'revoked'; readonly maskedEmail?: string; readonly expiresAt?: Date }
  | { readonly kind: 'used' | 'unknown' | 'malformed' | 'unreachable' };

export type RegenerationResult =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'unreachable' };

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,253}$/;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max && !/[\u0000-\u001f<>]/.test(value)
    ? value
    : undefined;
}

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/**
 * Reads the service's answer to a lookup. Anything it does not recognise (a server error, a body
 * of the wrong shape) counts as an unreachable service: the customer may retry, and no action is
 * offered for a token the service did not confirm. A "valid" token past its date is expired.
 */
export function readLookup(status: number, body: unknown, now: Date): ActivationLookup {
  if (status === 400) return { kind: 'malformed' };
  if (status === 404) return { kind: 'unknown' };
  if (status !== 200 || typeof body !== 'object' || body === null) return { kind: 'unreachable' };
  const answer = body as Record<string, unknown>;
  const maskedEmail = text(answer.maskedEmail, 320);
  const expiresAt = date(answer.expiresAt);
  switch (answer.status) {
    case 'valid': {
      if (!maskedEmail || !expiresAt) return { kind: 'unreachable' };
      if (expiresAt.getTime() <= now.getTime()) return { kind: 'expired', maskedEmail, expiresAt };
      const loginHint = text(answer.loginHint, 320);
      const redemptionUrl = text(answer.redemptionUrl, 2048);
      return {
        kind: 'valid',
        maskedEmail,
        expiresAt,
        ...(loginHint && EMAIL.test(loginHint) && { loginHint }),
        ...(redemptionUrl && { redemptionUrl }),
      };
    }
    case 'expired':
    case 'revoked':
      return { kind: answer.status, ...(maskedEmail && { maskedEmail }), ...(expiresAt && { expiresAt }) };
    case 'used':
      return { kind: 'used' };
    default:
      return { kind: 'unreachable' };
  }
}

/** Reads the answer to a request for a new link. */
export function readRegeneration(status: number, retryAfter: string | null): RegenerationResult {
  if (status === 202 || status === 200 || status === 204) return { kind: 'accepted' };
  if (status === 429) {
    const seconds = Number(retryAfter);
    const retryAfterSeconds = Number.isFinite(seconds) && seconds > 0 ? Math.min(Math.ceil(seconds), 86_400) : 60;
    return { kind: 'rate-limited', retryAfterSeconds };
  }
  return { kind: 'unreachable' };
}

/** Only https addresses on an allowed host (or one of its subdomains) may receive the customer. */
export function safeRedemptionUrl(url: string | undefined, allowedHosts: readonly string[]): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
  const host = parsed.hostname.toLowerCase();
  const allowed = allowedHosts.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted.startsWith('*.')
      ? host.endsWith(wanted.slice(1)) && host.length > wanted.length - 1
      : host === wanted;
  });
  return allowed ? parsed.href : undefined;
}

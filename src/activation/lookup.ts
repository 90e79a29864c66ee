/** What the activation service says about a token, checked field by field. */
export type ActivationLookup =
  | {
      readonly kind: 'valid';
      readonly maskedEmail: string;
      readonly expiresAt: Date;
      readonly loginHint?: string;
    }
  | { readonly kind: 'expired' | 'revoked'; readonly maskedEmail?: string; readonly expiresAt?: Date }
  | { readonly kind: 'used' | 'unknown' | 'malformed' | 'unreachable' };

export type RegenerationResult =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'unreachable' };

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,253}$/;

/**
 * Bidirectional overrides, isolates and marks, and line and paragraph separators: a service
 * answer could otherwise reorder what the customer reads (`moc.elpmaxe@…` shown as an address
 * of another domain) or break a line where none belongs. They are removed.
 */
const INVISIBLE_FORMATTING = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const shown = value.replace(INVISIBLE_FORMATTING, '');
  return shown.length > 0 && shown.length <= max && !/[\u0000-\u001f\u007f<>]/.test(shown) ? shown : undefined;
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
      // Anything else in the answer (a URL to follow, say) is ignored: the landing starts sign-in itself.
      const loginHint = text(answer.loginHint, 320);
      return { kind: 'valid', maskedEmail, expiresAt, ...(loginHint && EMAIL.test(loginHint) && { loginHint }) };
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

/**
 * Reads the answer to a request for a new link. The wait of a 429 comes from `Retry-After` (which
 * the page sees only when the service exposes it) or else from the body's `retryAfter`.
 */
export function readRegeneration(status: number, retryAfter: string | null, body?: unknown): RegenerationResult {
  if (status === 202 || status === 200 || status === 204) return { kind: 'accepted' };
  if (status === 429) {
    const fromBody = (body as { retryAfter?: unknown } | null | undefined)?.retryAfter;
    const seconds = [retryAfter, fromBody].map(Number).find((value) => Number.isFinite(value) && value > 0);
    return { kind: 'rate-limited', retryAfterSeconds: seconds ? Math.min(Math.ceil(seconds), 86_400) : 60 };
  }
  return { kind: 'unreachable' };
}

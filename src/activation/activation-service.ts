import { readLookup, readRegeneration, type ActivationLookup, type RegenerationResult } from './lookup.js';
import { isWellFormedToken } from './token.js';

/** What the landing needs from the activation service; hosts may provide their own. */
export interface ActivationService {
  lookup(token: string, signal?: AbortSignal): Promise<ActivationLookup>;
  requestNewLink(email: string, signal?: AbortSignal): Promise<RegenerationResult>;
}

const TIMEOUT_MS = 15_000;

function withTimeout(signal?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/**
 * The activation service over HTTPS, as the contract says (`activation-service.openapi.json`):
 * `POST {endpoint}/lookup` and `POST {endpoint}`, JSON only.
 */
export class HttpActivationService implements ActivationService {
  constructor(private readonly endpoint: string) {}

  async lookup(token: string, signal?: AbortSignal): Promise<ActivationLookup> {
    // A malformed token never leaves the browser.
    if (!isWellFormedToken(token)) return { kind: 'malformed' };
    try {
      // The token goes in the body: never in a URL, where access logs, resource timing entries
      // and Referer headers would keep it.
      const response = await fetch(`${this.endpoint}/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ token }),
        credentials: 'omit',
        cache: 'no-store',
        signal: withTimeout(signal),
      });
      const body: unknown = await response.json().catch(() => undefined);
      return readLookup(response.status, body, new Date());
    } catch (error) {
      if (signal?.aborted) throw error;
      return { kind: 'unreachable' };
    }
  }

  async requestNewLink(email: string, signal?: AbortSignal): Promise<RegenerationResult> {
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email }),
        credentials: 'omit',
        signal: withTimeout(signal),
      });
      const body: unknown = response.status === 429 ? await response.json().catch(() => undefined) : undefined;
      return readRegeneration(response.status, response.headers.get('retry-after'), body);
    } catch (error) {
      if (signal?.aborted) throw error;
      return { kind: 'unreachable' };
    }
  }
}

const httpServices = new Map<string, HttpActivationService>();

/** The service an element uses: the host's own, or the HTTPS one at `url` (one per address on the page). */
export function activationServiceFor(
  service: ActivationService | undefined,
  url: string,
): ActivationService | undefined {
  if (service) return service;
  if (!url) return undefined;
  let http = httpServices.get(url);
  if (!http) httpServices.set(url, (http = new HttpActivationService(url)));
  return http;
}

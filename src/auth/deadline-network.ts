import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-browser';
import { SessionFailure } from './session-failure.js';

/**
 * MSAL's requests (the provider's metadata, instance discovery, the token exchange, renewal)
 * with a deadline: MSAL's own fetch waits as long as the browser does, which on a provider that
 * holds the connection is minutes, with the button busy all along. `onPost` is told when a POST
 * starts: in an interaction, that is the token exchange, so Microsoft's answer has arrived.
 */
export class DeadlineNetwork implements INetworkModule {
  constructor(
    private readonly deadlineMs: number,
    private readonly onPost: () => void = () => undefined,
    /** Told the code of each request that got no answer, and `undefined` after one that did. */
    private readonly onOutcome: (failure: string | undefined) => void = () => undefined,
  ) {}

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>(url, 'GET', options);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    this.onPost();
    return this.send<T>(url, 'POST', options);
  }

  private async send<T>(url: string, method: 'GET' | 'POST', options?: NetworkRequestOptions) {
    const signal = AbortSignal.timeout(this.deadlineMs);
    let response: Response;
    try {
      response = await fetch(url, { method, headers: options?.headers, body: options?.body, signal });
    } catch {
      const failure = failureCode(signal, method);
      this.onOutcome(failure);
      throw new SessionFailure(failure);
    }
    this.onOutcome(undefined);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    try {
      return { headers, body: (await response.json()) as T, status: response.status };
    } catch {
      throw new SessionFailure(signal.aborted ? 'network_timeout' : 'failed_to_parse_response');
    }
  }
}

function failureCode(signal: AbortSignal, method: 'GET' | 'POST'): string {
  if (signal.aborted) return 'network_timeout';
  if (globalThis.navigator?.onLine === false) return 'no_network_connectivity';
  return method === 'GET' ? 'get_request_failed' : 'post_request_failed';
}

import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-browser';
import { SessionFailure } from './session-failure.js';

/**
 * MSAL's requests (the provider's metadata, instance discovery, the token exchange, renewal)
 * with a deadline: MSAL's own fetch waits as long as the browser does, which on a provider that
 * holds the connection is minutes, with the button busy all along.
 */
export class DeadlineNetwork implements INetworkModule {
  /** POST requests started: in an interaction, the token exchange, so Microsoft's answer has arrived. */
  posts = 0;
  /** Why the last request got no answer (`network_timeout`…); `undefined` after one that did. */
  lastFailure?: string;

  constructor(private readonly deadlineMs: number) {}

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>(url, 'GET', options);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    this.posts++;
    return this.send<T>(url, 'POST', options);
  }

  private async send<T>(url: string, method: 'GET' | 'POST', options?: NetworkRequestOptions) {
    const signal = AbortSignal.timeout(this.deadlineMs);
    let response: Response;
    try {
      response = await fetch(url, { method, headers: options?.headers, body: options?.body, signal });
    } catch {
      this.lastFailure = failureCode(signal, method);
      throw new SessionFailure(this.lastFailure);
    }
    this.lastFailure = undefined;
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

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keepToken, recallToken } from '../../activation/kept-activation.js';
import { readToken, withoutToken } from '../../activation/token.js';
import { whenTaskFree } from '../../internal/turns.js';

/**
 * Takes the activation token from the page address, then removes it from the address bar
 * (history.replaceState) so that it ends up in no bookmark, history entry or screenshot. The tab
 * keeps it (session storage): a reload or Back finds it again, the address bar never shows it.
 * A link pasted into this tab's address bar while the page is open changes only the fragment, so
 * the page does not reload: the new token is taken then too (`hashchange`).
 */
export class AddressTokenController implements ReactiveController {
  /** The token read from the address (or kept by the tab); undefined when there was none. */
  token?: string;
  private read = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly param: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onAddressChange);
    if (this.read) return;
    this.read = true;
    if (!this.takeFromAddress()) this.token = recallToken();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onAddressChange);
  }

  private readonly onAddressChange = () => void this.takeFromAddress();

  /** True when the address carried a token (now this controller's, and gone from the address). */
  private takeFromAddress(): boolean {
    const url = new URL(location.href);
    const token = readToken(url, this.param());
    if (token === undefined) return false;
    this.token = token;
    // The render has the token now; storage and the address wait for a task of their own when
    // the page is busy (both are synchronous calls to the browser).
    whenTaskFree(() => {
      keepToken(token);
      history.replaceState(history.state, '', withoutToken(new URL(location.href), this.param()).href);
    });
    this.host.requestUpdate();
    return true;
  }
}

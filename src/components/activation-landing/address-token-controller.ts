import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keepToken, recallToken } from '../../activation/kept-activation.js';
import { readToken, withoutToken } from '../../activation/token.js';

/**
 * Takes the activation token from the page address once, then removes it from the address bar
 * (history.replaceState) so that it ends up in no bookmark, history entry or screenshot. The tab
 * keeps it (session storage): a reload or Back finds it again, the address bar never shows it.
 */
export class AddressTokenController implements ReactiveController {
  /** The token read from the address; undefined when there was none. */
  token?: string;
  private read = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly param: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.read) return;
    this.read = true;
    const url = new URL(location.href);
    const token = readToken(url, this.param());
    if (token === undefined) {
      this.token = recallToken();
      return;
    }
    this.token = token;
    keepToken(token);
    history.replaceState(history.state, '', withoutToken(url, this.param()).href);
    this.host.requestUpdate();
  }
}

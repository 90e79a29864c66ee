import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = '#faq-';

/**
 * Follows the page address: `#faq-<id>` (on load, or when a link to an answer is followed) asks
 * the host to open that answer. The answers live in a shadow root, where the browser's own
 * fragment navigation cannot reach them.
 */
export class HashLinkController implements ReactiveController {
  /** The answer the address points to, if any. */
  current?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly open: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.follow);
  }

  private readonly follow = () => {
    const id = location.hash.startsWith(PREFIX) ? decoded(location.hash.slice(PREFIX.length)) : undefined;
    this.current = id;
    this.host.requestUpdate();
    if (id) this.open(id);
  };
}

/** The id as written in the address; a malformed escape (`%E0`) points to no answer. */
function decoded(escaped: string): string | undefined {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}

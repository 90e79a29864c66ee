/**
 * A renewal that found the session over (refresh token expired or revoked, no session left at the
 * provider): the customer must sign in again. Read as the failure `session_ended`, with the
 * provider's AADSTS number and correlation id when it gave them.
 */
export class SessionOver extends Error {
  readonly errorCode = 'session_ended';
  declare readonly errorNo?: unknown;
  declare readonly correlationId?: unknown;
  constructor({ errorNo, correlationId }: { errorNo?: unknown; correlationId?: unknown } = {}) {
    super('The sign-in session has ended.');
    Object.assign(this, { errorNo, correlationId });
  }
}

// A renewal that could not reach the provider (offline, a timeout) is tried again this much later.
const RETRY_MS = 30_000;

/**
 * Keeps a signed-in page's tokens fresh while it stays open: renews them before they expire, so
 * that the page never holds expired ones, and learns at once when the provider ended the session
 * (refresh token expired or revoked, sign-in frequency reached). A hidden page renews when it is
 * shown again; a renewal that fails for want of a network is tried again later.
 */
export class SessionRenewal {
  private timer?: ReturnType<typeof setTimeout>;
  private stopped = false;
  private due = true;

  constructor(
    /**
     * Renews the tokens (from the cache when they are still fresh, unless `force`); resolves with
     * their expiry, rejects with `SessionOver` when the session has ended.
     */
    private readonly renew: (force: boolean) => Promise<Date>,
    private readonly onOver: (over: SessionOver) => void,
  ) {
    document.addEventListener('visibilitychange', this.onShown);
    // First the expiry of the tokens just obtained, which the cache knows.
    this.run(false);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.onShown);
  }

  /** Due again in `ms`. */
  private wait(ms: number) {
    this.due = false;
    this.timer = setTimeout(() => {
      this.due = true;
      this.run(true);
    }, ms);
  }

  private readonly onShown = () => this.run(true);

  private run(force: boolean) {
    if (this.stopped || !this.due || document.visibilityState === 'hidden') return;
    this.due = false;
    this.renew(force).then(
      (expiresOn) => {
        // Before expiry, by a quarter of the lifetime at most: an hour's token at 55 min, a minute's at 45 s.
        const lifetime = Math.max(expiresOn.getTime() - Date.now(), 0);
        if (!this.stopped) this.wait(Math.max(lifetime - Math.min(300_000, lifetime / 4), 1_000));
      },
      (error: unknown) => {
        if (this.stopped) return;
        if (!(error instanceof SessionOver)) return this.wait(RETRY_MS);
        this.stop();
        this.onOver(error);
      },
    );
  }
}

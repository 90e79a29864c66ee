import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Gives its host the current time and asks it to re-render at each new minute while connected,
 * so that time-dependent text (such as "open now") never goes stale on a page left open.
 */
export class MinuteClock implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The instant to render for. */
  now(): Date {
    return new Date(Date.now());
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.host.requestUpdate();
        this.schedule();
      },
      60_000 - (Date.now() % 60_000),
    );
  }
}

/** Makes `Date.now()` return a fixed instant until the returned function is called. */
export function freezeTime(iso: string): () => void {
  const original = Date.now;
  const frozen = new Date(iso).getTime();
  Date.now = () => frozen;
  return () => {
    Date.now = original;
  };
}

export interface FakeClock {
  /** Moves time forward, running each timer that falls due, in order, and the promises they resolve. */
  tick(ms: number): Promise<void>;
  /** Timers waiting to fire. */
  readonly pending: number;
  restore(): void;
}

/**
 * Replaces `Date.now`, `setTimeout` and `clearTimeout` with a clock that moves only when the test
 * ticks it, starting at `iso`. Mocha keeps its own references to the real timers, so its
 * timeouts still work. Promises and Lit's updates (microtasks) run as usual.
 */
export function useFakeClock(iso: string): FakeClock {
  const originals = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  const real = {
    now: Date.now,
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };
  let now = new Date(iso).getTime();
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const settle = () => new Promise<void>((resolve) => real.setTimeout(resolve));

  Date.now = () => now;
  globalThis.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    const id = nextId++;
    // Strings of code are not run: nothing under test passes one.
    const run =
      typeof handler === 'function' ? () => void (handler as (...values: unknown[]) => void)(...args) : () => undefined;
    timers.set(id, { at: now + Math.max(0, Number(delay) || 0), run });
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof clearTimeout;

  return {
    async tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        const [id, timer] = due;
        timers.delete(id);
        now = Math.max(now, timer.at);
        timer.run();
        // What the timer started (a render, a promise chain) runs before the next one falls due.
        await settle();
      }
      now = end;
      await settle();
    },
    get pending() {
      return timers.size;
    },
    restore() {
      Date.now = real.now;
      globalThis.setTimeout = originals.setTimeout;
      globalThis.clearTimeout = originals.clearTimeout;
    },
  };
}

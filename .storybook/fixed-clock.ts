// Stories run on a fixed date and time, so that what depends on "now" (a closing time, a link
// that expires in 24 days, "opens tomorrow at 9:00") reads the same on every visit and in every
// screenshot: Tuesday 17 November 2026, 10:30 in Paris. The clock then runs from there, so that
// timers and countdowns still move.
export const STORY_NOW = Date.parse('2026-11-17T09:30:00Z');

/**
 * Replaces the page's `Date`: `new Date()` and `Date.now()` start from {@link STORY_NOW}. (A
 * function the preview calls, not a side effect of importing: the package's `sideEffects` list
 * would let the bundler drop a module imported for its side effects only.)
 */
export function installFixedClock(): void {
  if ((Date as { storyClock?: boolean }).storyClock) return;
  const RealDate = Date;
  const offset = STORY_NOW - RealDate.now();
  const now = () => RealDate.now() + offset;

  function StoryDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target) as Date;
  }
  StoryDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(StoryDate, RealDate);
  StoryDate.now = now;
  StoryDate.storyClock = true;
  globalThis.Date = StoryDate as unknown as DateConstructor;
}

/** Resolves in a task of its own (a message: tests' fake timers leave it alone). */
export const nextTask = (): Promise<unknown> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

/** The current task holds heavy work: an element's first render, or the library's evaluation. */
let taken = false;
const take = () => {
  if (!taken) {
    taken = true;
    void nextTask().then(() => (taken = false));
  }
};
take();

// The page's work in turns, for Total Blocking Time: a page that upgrades every element at once
// never blocks input for the time of all their work, each piece of it runs in a task of its own.

/**
 * For heavy work (an element's first render): `undefined` when the current task is free (go on
 * now), otherwise a promise of a task of its own. Either way the task is then taken.
 */
export function takeTurn(): Promise<unknown> | undefined {
  if (!taken) return void take();
  return nextTask().then(take);
}

/**
 * For a synchronous call to a browser busy loading the page (the first reading of web storage,
 * a history change): now if the current task is free, otherwise in a task of its own. It does
 * not take the task.
 */
export function whenTaskFree(work: () => void): void {
  if (taken) void nextTask().then(work);
  else work();
}

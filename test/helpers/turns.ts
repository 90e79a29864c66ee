import { expect } from '@open-wc/testing';
import { nextTask, takeTurn, whenTaskFree } from '../../src/internal/turns.js';

/** Lets every microtask of the current task run: what follows is still in the same task. */
export async function endOfMicrotasks() {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

/** Continues in a task that holds no heavy work yet. */
export async function freeTask() {
  for (;;) {
    let free = false;
    whenTaskFree(() => (free = true));
    if (free) return;
    await nextTask();
  }
}

/** Continues in a task that already holds heavy work, as the one that evaluates the library. */
export async function busyTask() {
  await freeTask();
  expect(takeTurn(), 'a free task is taken at once').to.equal(undefined);
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JourneyStep } from './journey-steps.js';

const KEY = 'btJourneyStep';

/**
 * Makes the browser's Back and Forward move between the journey's steps, as on any multi-step
 * form: each step the customer moves on to gets a history entry of the same address (nothing in
 * the URL); Back returns to the step that entry records.
 */
export class JourneyHistoryController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onStep: (step: JourneyStep) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.popped);
  }

  /** Records `step` in the current history entry (a new one when the customer moves on). */
  record(step: JourneyStep, newEntry: boolean): void {
    const state: unknown = { ...(history.state as object | null), [KEY]: step };
    if (newEntry) history.pushState(state, '');
    else history.replaceState(state, '');
  }

  private readonly popped = (event: PopStateEvent) => {
    const step = (event.state as Record<string, unknown> | null)?.[KEY];
    if (typeof step === 'string') this.onStep(step as JourneyStep);
  };
}

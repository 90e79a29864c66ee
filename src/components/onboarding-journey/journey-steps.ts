import type { MfaMethod } from '../../mfa/methods.js';

// Which steps the journey has and where the customer may go, as pure functions of what the
// customer said so far: the element renders a state and replaces it, never edits it.

/** The steps of the one-time journey, in order. */
export type JourneyStep = 'link' | 'account' | 'password' | 'second-factor' | 'sign-in' | 'done';

export interface JourneyState {
  readonly step: JourneyStep;
  /** A returning customer, with no activation link in the address: sign-in only. */
  readonly returning: boolean;
  /** The answer to "Avez-vous déjà un compte Microsoft ?", once given. */
  readonly hasMicrosoftAccount?: boolean;
  /** The second-factor method chosen, once chosen. */
  readonly method?: MfaMethod;
}

const ALL_STEPS: readonly JourneyStep[] = ['link', 'account', 'password', 'second-factor', 'sign-in', 'done'];
const RETURNING_STEPS: readonly JourneyStep[] = ['sign-in', 'done'];

/** Where a journey starts: at the activation link when the address carries one, else at sign-in. */
export function startJourney(hasActivationLink: boolean, method?: MfaMethod): JourneyState {
  return { step: hasActivationLink ? 'link' : 'sign-in', returning: !hasActivationLink, method };
}

/** The steps this customer goes through: no password to create with an existing Microsoft account. */
export function journeySteps(state: JourneyState): readonly JourneyStep[] {
  if (state.returning) return RETURNING_STEPS;
  return state.hasMicrosoftAccount ? ALL_STEPS.filter((step) => step !== 'password') : ALL_STEPS;
}

/** Whether the current step has what it needs to go on: an answer, a method. */
export function canContinue(state: JourneyState): boolean {
  if (state.step === 'account') return state.hasMicrosoftAccount !== undefined;
  if (state.step === 'second-factor') return state.method !== undefined;
  return state.step !== 'done';
}

/** The state one step forward (when the current step allows it) or back; the same state otherwise. */
export function moved(state: JourneyState, offset: 1 | -1): JourneyState {
  if (offset === 1 && !canContinue(state)) return state;
  const steps = journeySteps(state);
  const next = steps[steps.indexOf(state.step) + offset];
  // Back from sign-in is as far as a returning customer goes; nothing comes after done.
  return next && next !== 'done' ? { ...state, step: next } : state;
}

/** The customer signed in: the journey is done, whatever step it was at. */
export function completed(state: JourneyState): JourneyState {
  return state.step === 'done' ? state : { ...state, step: 'done' };
}

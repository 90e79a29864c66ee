import { expect } from '@open-wc/testing';
import {
  canContinue,
  completed,
  journeySteps,
  moved,
  startJourney,
  type JourneyState,
} from '../../src/components/onboarding-journey/journey-steps.js';

const withMicrosoftAccount = (state: JourneyState, hasMicrosoftAccount: boolean) => ({ ...state, hasMicrosoftAccount });
const withMethod = (state: JourneyState, method: 'sms' | 'authenticator') => ({ ...state, method });

/** Presses "Continuer" (or "Retour") in turn, and lists the steps visited. */
const walk = (state: JourneyState, offsets: (1 | -1)[]) =>
  offsets
    .reduce<JourneyState[]>((visited, offset) => [...visited, moved(visited.at(-1)!, offset)], [state])
    .map((one) => one.step);

describe('journey steps', () => {
  it('starts at the activation link when the address has one, at sign-in otherwise', () => {
    expect(startJourney(true)).to.deep.include({ step: 'link', returning: false, method: undefined });
    expect(startJourney(false)).to.deep.include({ step: 'sign-in', returning: true, method: undefined });
    expect(startJourney(true, 'sms').method).to.equal('sms');
  });

  it('has every step for a customer who creates a Microsoft account', () => {
    const state = withMicrosoftAccount(startJourney(true), false);
    expect(journeySteps(state)).to.deep.equal(['link', 'account', 'password', 'second-factor', 'sign-in', 'done']);
  });

  it('leaves out the password step for a customer who already has a Microsoft account', () => {
    const state = withMicrosoftAccount(startJourney(true), true);
    expect(journeySteps(state)).to.deep.equal(['link', 'account', 'second-factor', 'sign-in', 'done']);
    expect(walk(state, [1, 1, -1])).to.deep.equal(['link', 'account', 'second-factor', 'account']);
  });

  it('has only sign-in and done for a returning customer, and no way back past sign-in', () => {
    const state = startJourney(false);
    expect(journeySteps(state)).to.deep.equal(['sign-in', 'done']);
    expect(moved(state, -1)).to.equal(state);
    expect(moved(state, 1)).to.equal(state);
  });

  it('stays on the account question until it is answered', () => {
    const atQuestion = moved(startJourney(true), 1);
    expect(atQuestion.step).to.equal('account');
    expect(canContinue(atQuestion)).to.equal(false);
    expect(moved(atQuestion, 1)).to.equal(atQuestion);
    expect(moved(withMicrosoftAccount(atQuestion, false), 1).step).to.equal('password');
  });

  it('stays on the second factor until a method is chosen, and goes on with one remembered', () => {
    const atSecondFactor: JourneyState = { step: 'second-factor', returning: false, hasMicrosoftAccount: true };
    expect(canContinue(atSecondFactor)).to.equal(false);
    expect(moved(atSecondFactor, 1)).to.equal(atSecondFactor);
    expect(moved(withMethod(atSecondFactor, 'authenticator'), 1).step).to.equal('sign-in');
    expect(canContinue({ ...atSecondFactor, method: 'sms' })).to.equal(true);
  });

  it('never reaches done by pressing a button: only a sign-in completes the journey', () => {
    const atSignIn: JourneyState = { step: 'sign-in', returning: false, hasMicrosoftAccount: false, method: 'sms' };
    expect(moved(atSignIn, 1)).to.equal(atSignIn);
    expect(moved(atSignIn, -1).step).to.equal('second-factor');
    const done = completed(atSignIn);
    expect(done.step).to.equal('done');
    expect(completed(done)).to.equal(done);
    expect(canContinue(done)).to.equal(false);
    expect(moved(done, 1)).to.equal(done);
  });

  it('keeps the answers when going back and forth', () => {
    const answered = withMethod(withMicrosoftAccount(startJourney(true), false), 'sms');
    const there = [1, 1, 1, 1, -1, -1].reduce<JourneyState>(
      (state, offset) => moved(state, offset as 1 | -1),
      answered,
    );
    expect(there).to.deep.equal({ step: 'password', returning: false, hasMicrosoftAccount: false, method: 'sms' });
  });

  it('goes back from the first step nowhere', () => {
    const start = startJourney(true);
    expect(moved(start, -1)).to.equal(start);
  });
});

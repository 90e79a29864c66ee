import { css } from 'lit';

export const onboardingJourneyStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    max-inline-size: var(--bt-onboarding-journey-max-width, 44rem);
  }
  /* One line over a bar, on a phone too: the step's name gives way (an ellipsis) before the count. */
  [part~='progress'] {
    margin: 0 0 var(--_space-m);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .progress-line {
    margin: 0 0 0.375rem;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .progress-line .label {
    color: var(--_color-text);
    font-weight: 600;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.375rem;
    appearance: none;
    border: none;
    border-radius: 0.375rem;
    overflow: hidden;
    background: var(--_color-border);
  }
  progress::-webkit-progress-bar {
    background: var(--_color-border);
  }
  progress::-webkit-progress-value {
    background: var(--_color-primary);
  }
  progress::-moz-progress-bar {
    background: var(--_color-primary);
  }
  [part~='step-title'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-heading);
    font-weight: var(--_font-weight-heading);
  }
  [part~='step-title']:focus {
    outline: none;
  }
  [part~='step-title']:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  p {
    margin: 0 0 var(--_space-m);
  }
  /* The account question: the step's heading is the group's legend, its examples line under it. */
  legend [part~='step-title'] {
    margin: 0;
  }
  fieldset .hint {
    margin: 0;
    color: var(--_color-text-muted);
  }
  fieldset label {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-option);
    cursor: pointer;
  }
  fieldset label:has(input:checked) {
    border: 2px solid var(--_color-primary);
  }
  .note:empty {
    display: none;
  }
  bt-password-hint,
  bt-mfa-method-chooser {
    margin-block-end: var(--_space-m);
  }
  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block: var(--_space-m);
  }
  .problem {
    margin-block-end: var(--_space-m);
  }
  [part~='help'] {
    margin-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
    padding-block-start: var(--_space-s);
  }
  [part~='help'] > summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_color-primary);
  }
  /* Forced colours would paint both the track and the value as Canvas: the bar keeps system colours. */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
  .missing {
    margin: var(--_space-s) 0 0;
    color: var(--_color-warning);
    font-weight: 600;
  }
  /* Where a step shows once its part of the journey has loaded: nothing below it jumps. */
  .step-space {
    min-block-size: 16rem;
  }
`;

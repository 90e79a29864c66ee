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
  .bar {
    display: flex;
    gap: 0.25rem;
  }
  .bar span {
    flex: 1;
    block-size: 0.375rem;
    border-radius: 0.375rem;
    background: var(--_color-border);
  }
  .bar .reached {
    background: var(--_color-primary);
  }
  p {
    margin: 0 0 var(--_space-m);
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
  /* Forced colours would paint every segment as the page: they keep system colours. */
  @media (forced-colors: active) {
    .bar span {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
    }
    .bar .reached {
      background: Highlight;
    }
  }
  /* Where a step shows once its part of the journey has loaded: nothing below it jumps. */
  .step-space {
    min-block-size: 16rem;
  }
`;

import { css } from 'lit';

export const onboardingJourneyStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    max-inline-size: var(--bt-onboarding-journey-max-width, 44rem);
  }
  [part~='progress'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  [part~='progress'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  .past .number {
    background: var(--_color-text-muted);
    color: var(--_color-surface);
  }
  /* Read, not shown: « (terminée) » after a finished step. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [aria-current='step'] {
    color: var(--_color-text);
    font-weight: 700;
  }
  [aria-current='step'] .number {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  [part~='step-title'] {
    margin: 0 0 var(--_space-s);
    font-size: 1.375rem;
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
    border-radius: var(--_radius);
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
  @media (forced-colors: active) {
    [aria-current='step'] .number {
      border-color: Highlight;
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

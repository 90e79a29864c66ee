import { css } from 'lit';

// A masked address has no break opportunity of its own: it may break anywhere.
export const activationLandingStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    max-inline-size: var(--bt-activation-landing-max-width, 40rem);
  }
  [part~='title'] {
    margin: 0 0 var(--_space-s);
    font-size: 1.375rem;
    line-height: 1.3;
  }
  p {
    margin: 0 0 var(--_space-m);
  }
  [part~='details'] {
    overflow-wrap: anywhere;
  }
  [part~='facts'] {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  ::slotted([slot='hint']) {
    margin-block-end: var(--_space-m);
  }
  .warning {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface);
    font-weight: 600;
  }
  form {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  label {
    font-weight: 600;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    inline-size: min(100%, 24rem);
    padding: 0.5rem;
    border: 1px solid var(--_color-text-muted);
    border-radius: 0.25rem;
  }
  .help {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  [part~='problem'] {
    margin-block-start: var(--_space-s);
  }
  /* Where the new-link form shows once loaded: about its height, so that nothing jumps. */
  .request-form-space {
    min-block-size: 9.5rem;
  }
  [part~='notice']:empty {
    display: none;
  }
`;

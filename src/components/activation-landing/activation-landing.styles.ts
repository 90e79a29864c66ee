import { css } from 'lit';

// A masked address has no break opportunity of its own: it may break anywhere.
export const activationLandingStyles = css`
  :host {
    display: block;
  }
  /* Its own formatting context: every state's margins inside its box, whatever follows it. */
  [part~='base'] {
    display: flow-root;
    max-inline-size: var(--bt-activation-landing-max-width, 40rem);
  }
  /* While checking: the status over the unseen room of a valid link's first screen. */
  .checking {
    display: grid;
  }
  .checking > * {
    grid-area: 1 / 1;
  }
  .room {
    visibility: hidden;
  }
  [part~='title'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-heading);
    font-weight: var(--_font-weight-heading);
    line-height: 1.3;
  }
  /* Focused when it replaces the control that had the focus: a ring only for the keyboard. */
  [part~='title']:focus {
    outline: none;
  }
  [part~='title']:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  p {
    margin: 0 0 var(--_space-m);
  }
  [part~='details'] {
    overflow-wrap: anywhere;
  }
  [part~='facts'] {
    margin: var(--_space-m) 0;
  }
  [part~='facts'] summary {
    cursor: pointer;
    font-weight: 600;
    inline-size: fit-content;
  }
  [part~='facts'] summary:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  [part~='facts'] ul {
    margin: var(--_space-s) 0 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  ::slotted([slot='hint']) {
    margin-block-end: var(--_space-m);
  }
`;

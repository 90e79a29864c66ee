import { css } from 'lit';

// The wrapper stops at a readable line length on wide screens. Questions are lighter than the
// group headings; each one's chevron sits inside its row, and its answer starts under its text.
export const signinFaqStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    max-inline-size: var(--bt-signin-faq-max-width, 48rem);
  }
  /* While every question loads: the room undefined.css reserved (the help centre is taller). */
  :host(:not([topic])) [part~='base']:has(> [role='status']:only-child) {
    display: flow-root;
    min-block-size: min(100vh, 60rem);
  }
  svg {
    inline-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .search {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--_space-m);
  }
  label {
    font-weight: 600;
  }
  .field {
    position: relative;
    inline-size: min(100%, 28rem);
  }
  .field svg {
    position: absolute;
    inset: 0 auto 0 0.75rem;
    margin-block: auto;
    color: var(--_color-text-muted);
    pointer-events: none;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_color-field);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem 0.5rem 2.75rem;
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius-control);
  }
  [part~='results'] {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  [part~='topic-title'] {
    margin: var(--_space-m) 0 var(--_space-s);
    font-size: var(--_font-size-title);
    font-weight: var(--_font-weight-heading);
  }
  details {
    border-block-end: 1px solid var(--bt-signin-faq-separator, var(--_color-border));
  }
  summary {
    display: flex;
    gap: 0.75rem;
    padding: 0.75rem 0.5rem;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius-control);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* The chevron: two borders of the text's colour, pointing at the question, then down when open. */
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    margin: 0.45em 0.25rem 0;
    border: solid;
    border-width: 0 2px 2px 0;
    rotate: -45deg;
  }
  [open] > summary::before {
    rotate: 45deg;
    margin-block-start: 0.3em;
  }
  summary:hover,
  [part~='permalink']:hover {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  [part~='answer'] {
    padding: 0 0.5rem var(--_space-s) 2.25rem;
  }
  [part~='answer'] p {
    margin: 0 0 var(--_space-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  [part~='call'] {
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_radius-control);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  [part~='call'] span {
    font-weight: 400;
    white-space: nowrap;
  }
  [part~='permalink'] {
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    border-radius: var(--_radius-control);
    background: none;
    color: var(--_color-text-muted);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    [part~='call'] {
      border-color: LinkText;
    }
  }
`;

import { css } from 'lit';

export const passwordHintStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    padding: var(--_space-m);
    background: var(--bt-password-hint-background, var(--_color-surface));
    border: 1px solid var(--bt-password-hint-border-color, var(--_color-border));
    border-radius: var(--_radius-card);
  }
  [part~='title'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-title);
  }
  ul {
    overflow-wrap: anywhere;
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  p {
    margin: 0 0 0.25rem;
  }
  ul:last-child {
    margin-block-end: 0;
  }
`;

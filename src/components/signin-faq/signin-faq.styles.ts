import { css } from 'lit';

// The wrapper stops at a readable line length on wide screens.
export const signinFaqStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    max-inline-size: var(--bt-signin-faq-max-width, 48rem);
  }
  .search {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--_space-m);
  }
  label {
    font-weight: 600;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    inline-size: min(100%, 28rem);
    padding: 0.5rem;
    border: 1px solid var(--_color-text-muted);
    border-radius: 0.25rem;
  }
  [part~='results'] {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  [part~='topic-title'] {
    margin: var(--_space-m) 0 var(--_space-s);
    font-size: var(--_font-size-title);
  }
  details {
    border-block-end: 1px solid var(--bt-signin-faq-separator, var(--_color-border));
    padding: var(--_space-s) 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  [part~='answer'] p {
    margin: var(--_space-s) 0;
  }
  [part~='permalink'] {
    font-size: var(--_font-size-small);
  }
`;

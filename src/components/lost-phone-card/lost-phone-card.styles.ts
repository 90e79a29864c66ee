import { css } from 'lit';

// Each contact line is a wrapping flex row: the address goes under its label when both do not
// fit, rather than breaking mid-word.
export const lostPhoneCardStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    background: var(--bt-lost-phone-card-background, var(--_color-surface));
    border: 1px solid var(--bt-lost-phone-card-border-color, var(--_color-border));
    border-inline-start: 4px solid var(--bt-lost-phone-card-accent-color, var(--_color-warning));
    border-radius: var(--_radius-card);
    padding: var(--bt-lost-phone-card-padding, var(--_space-m));
  }
  /* Contacting customer service is no warning: a plain card. */
  :host([purpose='contact']) [part='base'] {
    border-inline-start: 1px solid var(--bt-lost-phone-card-border-color, var(--_color-border));
  }
  [part='title'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-title);
    line-height: 1.3;
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .contact {
    list-style: none;
    margin: 0 0 var(--_space-s);
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5ch;
  }
  .label {
    color: var(--_color-text-muted);
    white-space: nowrap;
  }
  a {
    overflow-wrap: anywhere;
  }
  [part='status'] {
    display: flex;
    align-items: baseline;
    gap: 0.5ch;
    font-weight: 600;
  }
  .dot {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    border: 1px solid transparent;
    background: var(--_color-text-muted);
  }
  [data-status='open'] .dot {
    background: var(--_color-success);
  }
  :host([compact]) [part='base'] {
    padding: var(--bt-lost-phone-card-padding, var(--_space-s) var(--_space-m));
    font-size: var(--_font-size-small);
  }
  :host([compact]) [part='title'] {
    font-size: var(--_font-size);
  }
  @media (forced-colors: active) {
    .dot {
      border-color: CanvasText;
    }
    [data-status='open'] .dot {
      background: CanvasText;
    }
  }
`;

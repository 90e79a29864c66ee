import { css } from 'lit';

// The wrapper stops at a readable line length on wide screens.
export const mfaMethodChooserStyles = css`
  :host {
    display: block;
  }
  /* Its own width decides its layout (container queries below), not the page's. */
  [part~='base'] {
    max-inline-size: var(--bt-mfa-method-chooser-max-width, 44rem);
    container-type: inline-size;
  }
  [part~='title'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-title);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  legend {
    font-weight: 600;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: baseline;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-option);
  }
  .option:has(input:checked) {
    --_selected: var(--bt-mfa-method-chooser-selected-border, var(--_color-primary));
    border-color: var(--_selected);
    box-shadow: inset 0 0 0 1px var(--_selected);
  }
  .option .title {
    overflow-wrap: anywhere;
  }
  .option label {
    font-weight: 600;
    cursor: pointer;
  }
  /* A single method offered: no radio, nothing to choose, only its name. */
  .option.single {
    grid-template-columns: 1fr;
    margin-block-end: var(--_space-s);
  }
  .option .hint {
    grid-column: -2;
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .badge {
    margin-inline-start: 0.5ch;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_color-success);
    color: var(--_color-on-primary);
    font-size: var(--_font-size-small);
  }
  .details {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-m);
    background: var(--_color-surface);
    border-inline-start: 4px solid var(--_color-primary);
  }
  .stores {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  figure {
    margin: 0;
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    max-inline-size: 12rem;
    text-align: center;
  }
  /* Store links look like the stores' own buttons: filled, in the text's inverse colours. */
  [part~='store-link'] {
    display: inline-block;
    padding: 0.625rem 1rem;
    border-radius: var(--_radius-control);
    background: var(--_color-text);
    color: var(--_color-surface);
    font-weight: 600;
    text-decoration: none;
  }
  [part~='store-link']:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .qr-placeholder {
    inline-size: 148px;
    block-size: 148px;
    background: var(--_color-border);
  }
  .link {
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    color: var(--_color-primary);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  details {
    border-block-start: 1px solid var(--_color-border);
    padding: var(--_space-s) 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details p {
    margin-block: var(--_space-s) 0;
  }
  /* A phone's column: tighter, and the QR codes side by side. */
  @container (max-width: 30rem) {
    .option {
      padding: calc(var(--_space-s) * 0.75) var(--_space-s);
    }
    .details {
      padding: var(--_space-s);
    }
    .stores {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--_space-s);
    }
    figure {
      max-inline-size: none;
    }
    [part~='qr-code'],
    .qr-placeholder {
      inline-size: 6rem;
      block-size: 6rem;
    }
    [part~='store-link'] {
      padding-inline: 0.75rem;
      font-size: var(--_font-size-small);
    }
    details {
      padding-block: calc(var(--_space-s) * 0.75);
    }
    /* A touch screen that narrow is a phone or a small tablet: it cannot scan its own screen. */
    @media (pointer: coarse) {
      .qr-hint,
      [part~='qr-code'],
      .qr-placeholder {
        display: none;
      }
    }
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
      outline: 1px solid Highlight;
      outline-offset: -2px;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;

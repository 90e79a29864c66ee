import { css } from 'lit';

/**
 * The new-link form (see activation/new-link-request), loaded with it and added to the element
 * that shows it. Its notice, an empty live region, stays in the accessibility tree (never
 * `display: none`) and takes no room: its first message is announced.
 */
export const newLinkFormStyles = css`
  [part~='request-form'] {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  [part~='request-form'] label {
    font-weight: 600;
  }
  [part~='request-form'] input {
    font: inherit;
    color: inherit;
    background: var(--_color-field);
    inline-size: min(100%, 24rem);
    padding: 0.5rem;
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius-control);
  }
  [part~='request-form'] .help {
    margin: 0 0 var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  [part~='request-form'] .error {
    margin: 0;
    color: var(--_color-error);
    font-weight: 600;
  }
  [part~='notice'].empty {
    margin: 0;
  }
`;

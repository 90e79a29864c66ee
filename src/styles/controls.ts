import { css } from 'lit';

/**
 * The library's buttons: primary by default, `.secondary` outlined; busy or unavailable ones keep
 * focus through `aria-disabled` rather than `disabled`.
 */
export const buttons = css`
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  button.secondary {
    background: transparent;
    color: var(--_color-primary);
    border-color: var(--_color-primary);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;

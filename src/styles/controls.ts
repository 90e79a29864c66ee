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
    border-radius: var(--_radius-control);
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

/** Radio groups: a bare fieldset laid out as a column of choices, radios large enough to hit. */
export const choices = css`
  fieldset {
    margin: 0 0 var(--_space-m);
    padding: 0;
    border: 0;
    display: grid;
    gap: var(--_space-s);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
`;

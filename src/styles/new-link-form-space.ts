import { css } from 'lit';

/**
 * Where the new-link form shows once loaded (its code and styles come on demand): about its
 * height, so that nothing jumps.
 */
export const newLinkFormSpace = css`
  .request-form-space {
    min-block-size: 9.5rem;
  }
`;

import { css } from 'lit';

/** Read by screen readers, not shown: an address read in one piece, the words around a name. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

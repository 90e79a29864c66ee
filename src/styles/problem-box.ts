import { css } from 'lit';

/** Why a sign-in did not succeed: a title and a message beside a warning rule (`.problem`). */
export const problemBox = css`
  .problem {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface);
  }
  .problem p {
    margin: 0 0 0.25rem;
  }
  .problem-title {
    font-weight: 600;
  }
`;

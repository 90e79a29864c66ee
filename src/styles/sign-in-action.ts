import { css } from 'lit';
import { alertStyles } from './alert.js';

/**
 * What `SignInAction` renders, the same in every element: the problem (an alert: see alert.ts),
 * the busy spinner, the live status line and its link-styled buttons. The
 * status line, empty, takes no room but stays in the accessibility tree (never `display: none`):
 * its first message is announced.
 */
export const signInActionStyles = [
  alertStyles,
  css`
    .problem p {
      margin: 0 0 0.25rem;
    }
    .spinner {
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
        border-style: dotted;
      }
    }
    [part~='status'] {
      margin: 0.25rem 0 0;
      font-size: var(--_font-size-small);
      color: var(--_color-text-muted);
    }
    [part~='status']:empty {
      margin: 0;
    }
    .problem .link,
    [part~='status'] .link {
      background: none;
      border: none;
      padding: 0.25rem 0;
      font: inherit;
      color: var(--_color-primary);
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];

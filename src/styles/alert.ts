import { css } from 'lit';

/**
 * The one alert of the library: `class="alert" data-tone="info|warning|error|success"` on a block
 * (a live region keeps its element and gains the class only while it has a message). A tinted
 * surface, a leading rule and an icon in the tone's colour; the icon is generated content with an
 * empty alternative, so screen readers read only the words. Each tone reads
 * `--bt-color-<tone>` and `--bt-color-<tone>-surface` (default: the tone mixed into the surface).
 */
export const alertStyles = css`
  .alert {
    position: relative;
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-s) calc(var(--_space-m) + 1.75rem);
    border: 1px solid var(--_alert-color);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-card);
    background: var(--_alert-surface);
    color: var(--_color-text);
  }
  .alert::before {
    position: absolute;
    inset-block-start: calc(var(--_space-s) + 0.125rem);
    inset-inline-start: var(--_space-m);
    display: grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: 50%;
    background: var(--_alert-color);
    color: var(--_color-surface);
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1;
  }
  .alert > :last-child {
    margin-block-end: 0;
  }
  .alert-title {
    font-weight: 600;
  }
  .alert[data-tone='info'] {
    --_alert-color: var(--_color-info);
    --_alert-surface: var(--bt-color-info-surface, color-mix(in srgb, var(--_color-info) 8%, var(--_color-surface)));
  }
  .alert[data-tone='info']::before {
    content: 'i' / '';
  }
  .alert[data-tone='warning'] {
    --_alert-color: var(--_color-warning);
    --_alert-surface: var(
      --bt-color-warning-surface,
      color-mix(in srgb, var(--_color-warning) 10%, var(--_color-surface))
    );
  }
  .alert[data-tone='warning']::before {
    content: '!' / '';
  }
  .alert[data-tone='error'] {
    --_alert-color: var(--_color-error);
    --_alert-surface: var(--bt-color-error-surface, color-mix(in srgb, var(--_color-error) 8%, var(--_color-surface)));
  }
  .alert[data-tone='error']::before {
    content: '×' / '';
    font-size: 1rem;
  }
  .alert[data-tone='success'] {
    --_alert-color: var(--_color-success);
    --_alert-surface: var(
      --bt-color-success-surface,
      color-mix(in srgb, var(--_color-success) 8%, var(--_color-surface))
    );
  }
  .alert[data-tone='success']::before {
    content: '✓' / '';
  }
  @media (forced-colors: active) {
    .alert::before {
      border: 1px solid;
    }
  }
`;

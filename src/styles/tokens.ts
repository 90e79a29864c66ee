import { css } from 'lit';

/**
 * Baker Tilly defaults for the public design tokens. Each element reads `--bt-*` custom
 * properties, which the host page may set on any ancestor; these are only the fallbacks.
 *
 * Colours follow the page's `color-scheme`: a page that declares `color-scheme: light dark`
 * gets dark elements when the reader prefers dark (prefers-color-scheme); a page can force either
 * scheme under a class of its own (`.dark { color-scheme: dark }`).
 */
export const tokens = css`
  :host {
    --_color-text: var(--bt-color-text, light-dark(#1d2624, #e8eeec));
    --_color-text-muted: var(--bt-color-text-muted, light-dark(#4c5957, #b3c0bd));
    --_color-surface: var(--bt-color-surface, light-dark(#f4f7f6, #17201e));
    --_color-field: var(--bt-color-field, light-dark(#ffffff, #0f1614));
    --_color-border: var(--bt-color-border, light-dark(#c9d1cf, #4a5755));
    --_color-primary: var(--bt-color-primary, light-dark(#0a6b50, #5fd3a8));
    --_color-on-primary: var(--bt-color-on-primary, light-dark(#ffffff, #06241b));
    --_color-success: var(--bt-color-success, light-dark(#0f6b2c, #7be39a));
    --_color-warning: var(--bt-color-warning, light-dark(#8a4b00, #f0b45c));
    --_color-error: var(--bt-color-error, light-dark(#b3261e, #ffb4ab));
    --_color-info: var(--bt-color-info, light-dark(#1457c4, #8ab4ff));
    --_color-focus: var(--bt-color-focus, light-dark(#1457c4, #8ab4ff));
    --_font-family: var(--bt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--bt-font-size, 1rem);
    --_font-size-small: var(--bt-font-size-small, 0.875rem);
    --_font-size-title: var(--bt-font-size-title, 1.125rem);
    --_font-size-heading: var(--bt-font-size-heading, 1.375rem);
    --_font-weight-heading: var(--bt-font-weight-heading, 700);
    --_radius: var(--bt-radius-medium, 0.5rem);
    --_radius-control: var(--bt-radius-control, var(--_radius));
    --_radius-card: var(--bt-radius-card, var(--_radius));
    --_radius-option: var(--bt-radius-option, var(--_radius));
    --_space-s: var(--bt-space-small, 0.5rem);
    --_space-m: var(--bt-space-medium, 1rem);
  }
`;

/** Box model, typography, links and a focus ring that stays visible in forced-colors mode. */
export const base = css`
  :host {
    box-sizing: border-box;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_color-primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

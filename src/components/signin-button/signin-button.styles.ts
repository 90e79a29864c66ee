import { css } from 'lit';

// An address breaks at the <wbr> after « @ » and dots (and after hyphens); mid-word only for a part
// wider than the screen. `word-break` is inherited: a page's `break-all` would break it anywhere.
export const signinButtonStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  [part~='action'],
  [part~='account'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--bt-signin-button-radius, var(--_radius-control));
    background: var(--bt-signin-button-background, var(--_color-primary));
    color: var(--bt-signin-button-color, var(--_color-on-primary));
    font-weight: 600;
  }
  [part~='action'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  [part~='account'] {
    background: transparent;
    color: var(--_color-text);
    border-color: var(--_color-border);
    padding-inline: 0.5rem 1rem;
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: var(--_font-size-small);
  }
  [part~='menu'] {
    position: absolute;
    inset-inline-start: 0;
    z-index: 1;
    min-inline-size: min(16rem, 100vw - 2rem);
    max-inline-size: calc(100vw - 2rem);
    margin-block-start: 0.25rem;
    padding: var(--_space-m);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-card);
    box-shadow: 0 4px 16px rgb(0 0 0 / 15%);
  }
  :host([menu-align='end']) [part~='menu'] {
    inset-inline: auto 0;
  }
  .who {
    display: grid;
    margin: 0 0 var(--_space-s);
  }
  .username {
    color: var(--_color-text-muted);
  }
  .name,
  .username {
    word-break: normal;
    overflow-wrap: break-word;
  }
  [part~='sign-out'] {
    background: none;
    border: none;
    padding: 0.25rem 0;
    color: var(--_color-primary);
    text-decoration: underline;
  }
  /* A card in the support slot is part of the problem box: no box of its own (no alert in an alert). */
  [part~='problem'] {
    max-inline-size: 32rem;
    margin-block-start: var(--_space-s);
    --bt-lost-phone-card-background: none;
    --bt-lost-phone-card-border-color: transparent;
    --bt-lost-phone-card-accent-color: transparent;
    --bt-lost-phone-card-padding: 0;
  }
  @media (forced-colors: active) {
    [part~='action'],
    [part~='account'] {
      border-color: ButtonText;
    }
  }
`;

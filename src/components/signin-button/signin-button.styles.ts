import { css } from 'lit';

/**
 * One box in every state, from undefined to signed in: the host has a fixed size (the
 * `--bt-signin-button-inline-size` and `--bt-signin-button-block-size` tokens; the shipped
 * `undefined.css` reserves the same box before the element is defined) and every control fills
 * it on one line, cut with an ellipsis. What does not fit (the live status, a problem, the account
 * menu) floats under the button, out of the page's flow, in one shared placement: anchored to the
 * button where CSS anchor positioning exists, under the host otherwise.
 */
export const signinButtonStyles = css`
  :host {
    --_block-size: var(--bt-signin-button-block-size, 2.75rem);
    display: inline-block;
    position: relative;
    vertical-align: middle;
    flex: none;
    inline-size: var(--bt-signin-button-inline-size, 12.5rem);
    block-size: var(--_block-size);
  }
  :host([compact]) {
    inline-size: var(--_block-size);
  }
  [part~='base'] {
    block-size: 100%;
    anchor-name: --bt-signin-button;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  :is([part~='action'], [part~='account'], [part~='problem-button']) {
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    padding: 0 1rem;
    border: 2px solid transparent;
    border-radius: var(--bt-signin-button-radius, var(--_radius-control));
    background: var(--bt-signin-button-background, var(--_color-primary));
    color: var(--bt-signin-button-color, var(--_color-on-primary));
    font-weight: 600;
    white-space: nowrap;
  }
  /* The label is the button's own text (shared with other elements): cut on one line. */
  [part~='action'] {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: calc(var(--_block-size) - 4px);
  }
  [part~='action'] .spinner {
    display: inline-block;
    box-sizing: border-box;
    vertical-align: -0.125em;
    margin-inline-end: 0.5em;
  }
  [part~='action'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  :is([part~='account'], [part~='problem-button']) {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    text-align: start;
  }
  [part~='account'] {
    padding-inline: 0.375rem 0.75rem;
    background: transparent;
    color: var(--_color-text);
    border-color: var(--_color-border);
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
  /* Positioned, so that it also clips the name's hidden words (absolute): a long name must not widen the page. */
  .label {
    position: relative;
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='account'] .label {
    font-weight: 500;
  }
  /* Opens a menu: points down, up once open. Drawn with borders in the text colour (forced colours too). */
  .chevron {
    flex: none;
    box-sizing: border-box;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    margin-block-end: 0.25rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
  }
  [aria-expanded='true'] > .chevron {
    rotate: -135deg;
    margin-block: 0.25rem 0;
  }

  /* Compact: a round button, the avatar (signed in) or a person (signed out); the words stay its name. */
  :host([compact]) :is([part~='action'], [part~='account'], [part~='problem-button']) {
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 0;
    border-radius: 50%;
  }
  :host([compact]) [part~='action'] {
    font-size: 0;
  }
  :host([compact]) [part~='action'][aria-busy='false']::before {
    content: '';
    inline-size: 1.375rem;
    block-size: 1.375rem;
    background: currentColor;
    mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Ccircle cx='12' cy='8' r='4.5'/%3E%3Cpath d='M3 21.5c0-5 4-8 9-8s9 3 9 8z'/%3E%3C/svg%3E")
      center / contain no-repeat;
  }
  :host([compact]) [part~='action'] .spinner {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  :host([compact]) [part~='account'] {
    border-color: transparent;
  }
  /* The account's name stays in words for screen readers (its visually hidden half). */
  :host([compact]) :is(.chevron, .label > [aria-hidden], .problem-icon + .label) {
    display: none;
  }

  /* What floats under the button: the status note, the problem panel, the account menu. */
  .floating {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    inset: auto;
    inset-block-start: 100%;
    inset-inline-start: 0;
    margin: 0.25rem 0 0;
    max-inline-size: calc(100vw - 1rem);
  }
  :host([menu-align='end']) .floating {
    inset-inline: auto 0;
  }
  @supports (anchor-name: --a) {
    .floating {
      position-anchor: --bt-signin-button;
      inset-block-start: anchor(bottom);
      inset-inline-start: anchor(start);
      position-try-fallbacks: flip-inline;
    }
    :host([menu-align='end']) .floating {
      inset-inline-start: auto;
      inset-inline-end: anchor(end);
    }
  }
  [part~='menu'],
  .note [part~='status']:not(:empty) {
    padding: var(--_space-m);
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-card);
    box-shadow: 0 4px 16px rgb(0 0 0 / 15%);
  }
  [part~='menu'] {
    min-inline-size: min(16rem, 100vw - 2rem);
  }
  /* The live status: read by screen readers always; shown (floating) only offline or while signing in. */
  .note {
    inline-size: max-content;
    max-inline-size: min(20rem, 100vw - 1rem);
  }
  .note [part~='status']:not(:empty) {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
  }
  .who {
    display: grid;
    margin: 0 0 var(--_space-s);
  }
  .username {
    color: var(--_color-text-muted);
  }
  /* An address breaks at the <wbr> after « @ » and dots (and after hyphens); mid-word only for a part
     wider than the screen. word-break is inherited: a page's break-all would break it anywhere. */
  .who .name,
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
  @media (forced-colors: active) {
    :is([part~='action'], [part~='account'], [part~='problem-button']) {
      border-color: ButtonText;
    }
    :host([compact]) [part~='action']::before {
      forced-color-adjust: none;
      background: ButtonText;
    }
  }
`;

import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AuthProblem } from '../../auth/describe-problem.js';

// Loaded on demand, with the problem descriptions: what `<bt-signin-button>` shows only once
// something failed (its problem panel and the button that reopens it). Imports nothing but Lit and
// types, so that no bundler shares a chunk of it with the element's first load.

/** The panel is a popover in the top layer (a header's overflow does not cut it), placed as the menu is. */
export const problemStyles = css`
  [popover].floating {
    position: fixed;
    inline-size: min(24rem, 100vw - 1rem);
    padding: var(--_space-s);
    overflow: visible;
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-card);
    box-shadow: 0 4px 16px rgb(0 0 0 / 15%);
  }
  [part~='problem'] {
    margin: 0;
    padding-inline-end: 2.75rem;
    --bt-lost-phone-card-background: none;
    --bt-lost-phone-card-border-color: transparent;
    --bt-lost-phone-card-accent-color: transparent;
    --bt-lost-phone-card-padding: 0;
  }
  .close {
    position: absolute;
    inset-block-start: calc(var(--_space-s) + 1px);
    inset-inline-end: calc(var(--_space-s) + 1px);
    inline-size: 2.5rem;
    block-size: 2.5rem;
    padding: 0;
    border: none;
    background: none;
    color: var(--_color-text);
  }
  .close::before {
    content: '×' / '';
    font-size: 1.5rem;
  }
  [part~='problem-button'] {
    background: var(--_color-surface);
    color: var(--_color-text);
    border-color: var(--_color-error);
  }
  .problem-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid;
    border-radius: 50%;
    color: var(--_color-error);
    font-size: 0.8125rem;
    font-weight: 700;
  }
`;

/**
 * In place of the action when trying again cannot help: « Problème », opening its panel. The
 * problem's title would not fit the button's box; it is in the button's name and tooltip.
 */
export function problemButton(problem: AuthProblem, open: boolean): TemplateResult {
  return html`<button
    part="problem-button"
    type="button"
    popovertarget="panel"
    aria-expanded=${open ? 'true' : 'false'}
    aria-label=${msg(str`Problème : ${problem.title}`)}
    title=${problem.title}
  >
    <span class="problem-icon" aria-hidden="true">!</span><span class="label">${msg('Problème')}</span>
  </button>`;
}

export interface PanelHost {
  /** The panel opened or closed, however. */
  readonly toggled: (open: boolean) => void;
  /** The customer closed the panel (its close button, Escape), with focus inside or not. */
  readonly closed: (focusInside: boolean) => void;
}

/** Panels the customer is closing; others close by a click elsewhere or another popover opening, and are only hidden. */
const closing = new WeakSet<EventTarget>();

/** The popover under the button that holds the problem, with a button that closes it. */
export function problemPanel(problem: unknown, host: PanelHost): TemplateResult {
  const close = (panel: HTMLElement) => {
    closing.add(panel);
    panel.hidePopover();
  };
  return html`<div
    id="panel"
    part="panel"
    class="floating"
    popover
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && closing.add(event.currentTarget!)}
    @beforetoggle=${(event: ToggleEvent) => {
      const panel = event.currentTarget as HTMLElement;
      if (event.newState === 'closed' && closing.delete(panel))
        host.closed(panel.contains((panel.getRootNode() as ShadowRoot).activeElement));
    }}
    @toggle=${(event: ToggleEvent) => host.toggled(event.newState === 'open')}
  >
    ${problem}
    <button
      part="close"
      class="close"
      type="button"
      @click=${(event: Event) => close((event.currentTarget as HTMLElement).parentElement!)}
    >
      <span class="visually-hidden">${msg('Fermer')}</span>
    </button>
  </div>`;
}

/**
 * Opens the panel under `anchor`. CSS anchor positioning places it; without it, the top layer
 * knows nothing of the button, so it is placed by hand once.
 */
export function openPanel(panel: HTMLElement, anchor: HTMLElement, end: boolean): void {
  panel.showPopover();
  if (CSS.supports('anchor-name: --a')) return;
  const { bottom, left, right } = anchor.getBoundingClientRect();
  const px = (value: number) => `${Math.round(value)}px`;
  panel.style.inset = `${px(bottom)} ${end ? px(innerWidth - right) : 'auto'} auto ${end ? 'auto' : px(left)}`;
}

import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { BtSigninButton } from '../../src/components/signin-button/signin-button.js';
import { setAuthClient } from '../../src/auth/registry.js';
import type { AuthState } from '../../src/auth/types.js';
import { setLocale } from '../../src/localization.js';
import { CAMILLE, FakeAuthClient } from '../../src/testing/fake-auth-client.js';
import '../helpers/lit-warnings.js';
import { part } from '../helpers/shadow.js';

// The button in a portal's 68 px header, in every state, in French and English, on a phone and a
// desktop: its box never changes (issue 20 item 3, issue 21 item 1), nor the header's, nor the
// place of the text under the header. The element is defined only after its undefined box is
// measured, with the shipped style sheet for undefined elements.

const WIDTHS = [375, 1280] as const;
const LONG = {
  id: 'long',
  name: 'Marie-Christine de La Rochefoucauld-Montmorency',
  username: 'marie-christine.de-la-rochefoucauld@cabinet-durand-associes.fr',
};

interface Measure {
  state: string;
  width: number;
  height: number;
  header: number;
  below: number;
  /** The action's label fits on its line, uncut (undefined where the state has no action). */
  fits?: boolean;
}

let client: FakeAuthClient;

function page(variant: TemplateResult) {
  return fixture<HTMLElement>(
    html`<div>
      <header
        style="display: flex; align-items: center; justify-content: space-between; gap: 1rem;
        box-sizing: border-box; min-block-size: 68px; padding: 0 1rem; border-block-end: 1px solid #ccc"
      >
        <a href="#">Baker Tilly · Espace Client</a>
        ${variant}
      </header>
      <p class="below">Vos documents</p>
    </div>`,
  );
}

function measure(host: HTMLElement, state: string): Measure {
  const el = host.querySelector<HTMLElement>('bt-signin-button')!;
  const box = el.getBoundingClientRect();
  const action = el.shadowRoot && part(el, 'action');
  return {
    state,
    width: box.width,
    height: box.height,
    header: host.querySelector('header')!.getBoundingClientRect().height,
    below: host.querySelector('.below')!.getBoundingClientRect().top - host.getBoundingClientRect().top,
    ...(action && { fits: action.scrollWidth <= action.clientWidth }),
  };
}

async function shown(initial: AuthState, variant: TemplateResult) {
  fixtureCleanup();
  client = new FakeAuthClient(initial);
  setAuthClient(client);
  const host = await page(variant);
  const el = host.querySelector<BtSigninButton>('bt-signin-button')!;
  await el.updateComplete;
  return { host, el };
}

async function offline(run: () => Promise<void>) {
  const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
  try {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    dispatchEvent(new Event('offline'));
    await run();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
    Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    dispatchEvent(new Event('online'));
  }
}

/** Every state the button can be in, each measured in its header. */
async function everyState(variant: () => TemplateResult): Promise<Measure[]> {
  const found: Measure[] = [];
  const take = async (state: string, initial: AuthState, then?: (el: BtSigninButton) => Promise<unknown>) => {
    const { host, el } = await shown(initial, variant());
    await then?.(el);
    await el.updateComplete;
    found.push(measure(host, state));
  };
  const problem = (el: BtSigninButton) => waitUntil(() => el.shadowRoot!.querySelector(':popover-open'), 'panel open');
  await take('initializing', { status: 'initializing' });
  await take('signed out', { status: 'signed-out' });
  await take('interacting', { status: 'signed-out' }, async (el) => {
    part(el, 'action')!.click();
    await el.updateComplete;
  });
  await take('already under way', { status: 'signed-out' }, async (el) => {
    part(el, 'action')!.click();
    await el.updateComplete;
    part(el, 'action')!.click();
  });
  await take('error: cancelled', { status: 'signed-out' }, async (el) => {
    part(el, 'action')!.click();
    await el.updateComplete;
    client.failSignIn({ code: 'user_cancelled' });
    await problem(el);
  });
  await take('error: session expired', { status: 'error', failure: { code: 'login_required' } }, problem);
  await take(
    'error: account disabled',
    { status: 'error', failure: { code: 'invalid_grant', aadsts: '50057' } },
    problem,
  );
  await take('error: not configured', { status: 'error', failure: { code: 'not_configured' } }, problem);
  {
    const { host, el } = await shown({ status: 'signed-out' }, variant());
    await offline(async () => {
      await el.updateComplete;
      found.push(measure(host, 'offline'));
    });
  }
  await take('signed in', { status: 'signed-in', account: CAMILLE });
  await take('signed in, menu open', { status: 'signed-in', account: CAMILLE }, (el) => {
    part(el, 'account')!.click();
    return el.updateComplete;
  });
  await take('signed in, long name', { status: 'signed-in', account: LONG });
  return found;
}

/** The sizes in a table, printed in the run's browser logs (before and after a change); then the checks. */
function report(title: string, rows: Measure[]) {
  // eslint-disable-next-line no-console -- the table is the test's record of the sizes
  console.log(
    `${title}\n${rows.map((row) => `  ${row.state.padEnd(24)} ${row.width.toFixed(1)} × ${row.height.toFixed(1)}  header ${row.header.toFixed(1)}  below ${row.below.toFixed(1)}${row.fits === false ? '  (label cut)' : ''}`).join('\n')}`,
  );
}

function expectConstant(rows: Measure[], reference: Measure) {
  for (const row of rows) {
    expect(Math.abs(row.width - reference.width), `${row.state}: width ${row.width} ≠ ${reference.width}`).to.be.below(
      0.01,
    );
    expect(
      Math.abs(row.height - reference.height),
      `${row.state}: height ${row.height} ≠ ${reference.height}`,
    ).to.be.below(0.01);
    expect(row.header, `${row.state}: the header keeps its height`).to.equal(68);
    expect(Math.abs(row.below - reference.below), `${row.state}: the text under the header stays`).to.be.below(0.01);
  }
}

describe('<bt-signin-button> keeps one box in every state', () => {
  const undefinedBox = new Map<string, Measure>();

  before(async () => {
    // The style sheet the package ships for elements not yet defined, as a host page links it.
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../../undefined.css', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
    expect(customElements.get('bt-signin-button'), 'measured before it is defined').to.equal(undefined);
    for (const width of WIDTHS) {
      await setViewport({ width, height: 800 });
      for (const compact of [false, true]) {
        const host = await page(
          compact ? html`<bt-signin-button compact></bt-signin-button>` : html`<bt-signin-button></bt-signin-button>`,
        );
        undefinedBox.set(`${width} ${compact}`, measure(host, 'undefined'));
      }
    }
    fixtureCleanup();
    await import('../../src/components/signin-button/define.js');
  });
  after(async () => {
    setAuthClient(undefined);
    await setLocale('fr');
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of ['fr', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`in ${locale} at ${width} px`, async () => {
        await setLocale(locale);
        await setViewport({ width, height: 800 });
        const rows = [
          undefinedBox.get(`${width} false`)!,
          ...(await everyState(() => html`<bt-signin-button menu-align="end"></bt-signin-button>`)),
        ];
        report(`default, ${locale}, ${width} px`, rows);
        expectConstant(rows, rows[0]);
        for (const row of rows) expect(row.fits, `${row.state}: the label fits uncut`).not.to.equal(false);
      });

      it(`compact, in ${locale} at ${width} px`, async () => {
        await setLocale(locale);
        await setViewport({ width, height: 800 });
        const rows = [
          undefinedBox.get(`${width} true`)!,
          ...(await everyState(() => html`<bt-signin-button compact menu-align="end"></bt-signin-button>`)),
        ];
        report(`compact, ${locale}, ${width} px`, rows);
        expectConstant(rows, rows[0]);
        expect(rows[0].width, 'a round button').to.equal(rows[0].height);
      });
    }
  }
});

import { expect } from '@open-wc/testing';
import { watchPopupClosed, type PopupWatch } from '../../src/auth/popup-watch.js';
import { useFakeClock, type FakeClock } from '../helpers/clock.js';

const BRIDGE = 'https://portal.test/redirect.html';

/** A popup the test opens, navigates and closes; another origin's address cannot be read. */
function fakePopup() {
  let href: string | undefined = 'about:blank';
  const popup = {
    closed: false,
    get location() {
      if (href === undefined) throw new DOMException('Blocked a frame with origin', 'SecurityError');
      return { href };
    },
  };
  return {
    window: popup as unknown as Window,
    goTo(address: string | undefined) {
      href = address;
    },
    close() {
      popup.closed = true;
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('watchPopupClosed', () => {
  let clock: FakeClock;
  let reports: number;
  let answered: boolean;
  let asked: number;
  const watch = (severed: () => Promise<boolean>): Omit<PopupWatch, 'onClosed'> => ({
    bridgeUrl: BRIDGE,
    answered: () => answered,
    severed: () => (asked++, severed()),
  });
  const start = (popup: Window, severed = () => Promise.resolve(false)) =>
    watchPopupClosed(popup, { ...watch(severed), onClosed: () => reports++ });

  beforeEach(() => {
    clock = useFakeClock('2026-12-02T09:00:00Z');
    reports = 0;
    answered = false;
    asked = 0;
  });
  afterEach(() => clock.restore());

  it('reports a popup closed while still blank within half a second, once', async () => {
    const popup = fakePopup();
    start(popup.window);
    await clock.tick(300);
    expect(reports).to.equal(0);
    popup.close();
    await clock.tick(499);
    expect(reports, 'the grace for a late answer').to.equal(0);
    await clock.tick(101);
    expect(reports).to.equal(1);
    await clock.tick(5_000);
    expect(reports).to.equal(1);
    expect(clock.pending, 'nothing left running').to.equal(0);
  });

  it('reports a popup closed on the provider’s page, whose address it cannot read', async () => {
    const popup = fakePopup();
    start(popup.window);
    popup.goTo(undefined);
    await clock.tick(1_000);
    popup.close();
    await clock.tick(600);
    expect(reports).to.equal(1);
  });

  it('asks about the opener policy as it starts, not when the popup closes', async () => {
    start(fakePopup().window);
    expect(asked).to.equal(1);
    await clock.tick(1_000);
    expect(asked).to.equal(1);
  });

  it('still reports when the opener policy answers late (a slow network), as soon as it does', async () => {
    const policy = deferred<boolean>();
    const popup = fakePopup();
    start(popup.window, () => policy.promise);
    popup.close();
    await clock.tick(3_000);
    expect(reports, 'not before the policy is known').to.equal(0);
    policy.resolve(false);
    await clock.tick(0);
    expect(reports).to.equal(1);
  });

  it('says nothing when the page’s policy cuts it off from its popups (they only look closed)', async () => {
    const popup = fakePopup();
    start(popup.window, () => Promise.resolve(true));
    popup.goTo(undefined);
    popup.close();
    await clock.tick(5_000);
    expect(reports).to.equal(0);
    expect(clock.pending).to.equal(0);
  });

  it('says nothing when the popup closed itself on the bridge page with Microsoft’s answer', async () => {
    const popup = fakePopup();
    start(popup.window);
    popup.goTo(`${BRIDGE}#code=abc`);
    await clock.tick(200);
    popup.close();
    await clock.tick(5_000);
    expect(reports).to.equal(0);
  });

  it('says nothing when the answer arrives during the grace', async () => {
    const popup = fakePopup();
    start(popup.window);
    popup.close();
    await clock.tick(300);
    answered = true;
    await clock.tick(5_000);
    expect(reports).to.equal(0);
  });

  it('says nothing once stopped, even with the policy’s answer still to come', async () => {
    const policy = deferred<boolean>();
    const popup = fakePopup();
    const stop = start(popup.window, () => policy.promise);
    popup.close();
    await clock.tick(1_000);
    stop();
    policy.resolve(false);
    await clock.tick(1_000);
    expect(reports).to.equal(0);
  });
});

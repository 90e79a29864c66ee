// Issue 16, item 6: connecting and disconnecting each element 500 times, as a single-page app's
// routes do, leaves the JS heap within 10 % of its level after the first 50 cycles, and leaves no
// listener, BroadcastChannel, timer or observer behind; signed out and signed in.
//
// An init script counts what is live before any page script runs: listeners on the window, the
// document and every node still in it (shadow roots included), and on other targets still alive
// (media query lists, BroadcastChannels, abort signals…); open BroadcastChannels; timers still
// pending; observers still observing. The counts after 500 cycles must equal those after 50.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DOMINIQUE, portal, provider, useE2e } from './support.mjs';

const e2e = useE2e();

const CYCLES = 500;
const WARM_UP = 50;
/** The heap after all the cycles, at most this much of its level after the warm-up. */
const HEAP_LIMIT = 1.1;

/**
 * The elements of /all-elements.html, each as a route would show it: a fresh instance with the
 * attributes the page's own has, inside the page's `<bt-auth-provider>` for those that sign in,
 * rendered (lazy parts included, `ready`) before it goes. `bt-auth-provider` itself comes as a
 * route that brings its own provider (same configuration) around a sign-in button.
 */
const ELEMENTS = [
  { tag: 'bt-signin-button', inProvider: true, signsIn: true, ready: 'button' },
  { tag: 'bt-onboarding-journey', inProvider: true, signsIn: true, ready: '[part~="step-title"]' },
  { tag: 'bt-activation-landing', inProvider: true, signsIn: true, ready: '[part~="title"]' },
  { tag: 'bt-password-hint', inProvider: true, ready: '[part~="title"]' },
  { tag: 'bt-mfa-method-chooser', inProvider: false, ready: 'svg[part~="qr-code"]' },
  { tag: 'bt-signin-faq', inProvider: false, ready: 'details' },
  { tag: 'bt-lost-phone-card', inProvider: false, ready: '[part~="base"]' },
  { tag: 'bt-auth-provider', inProvider: false, ready: 'slot' },
];

/**
 * Runs in every document before its own scripts: wraps the platform's registration functions to
 * count what is live, and exposes `window.__memory`. It keeps nothing alive itself: listeners of
 * nodes live on the node (a symbol), other targets and observers are held weakly, and timers are
 * forgotten when they fire or are cleared.
 */
function instrument() {
  const raw = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
  };
  const LISTENERS = Symbol('live listeners');
  /** Targets other than nodes that ever had a listener, held weakly. */
  const otherTargets = new Set();
  const stackOf = () => (new Error().stack ?? '').split('\n').slice(3, 9).join('\n');

  function label(target) {
    if (target === window) return 'window';
    if (target === document) return 'document';
    if (target instanceof ShadowRoot) return `shadow-root(${target.host.localName})`;
    if (target instanceof Element) return target.localName;
    if (target instanceof Node) return target.nodeName;
    return target?.constructor?.name ?? 'unknown';
  }

  function entriesOf(target, create) {
    if (!Object.prototype.hasOwnProperty.call(target, LISTENERS)) {
      if (!create) return undefined;
      Object.defineProperty(target, LISTENERS, { value: new Map(), enumerable: false });
      if (!(target instanceof Node)) otherTargets.add(new WeakRef(target));
    }
    return target[LISTENERS];
  }

  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));

  function forget(target, key, listener) {
    const entries = entriesOf(target, false);
    const entry = entries?.get(key)?.get(listener);
    if (!entry) return;
    entries.get(key).delete(listener);
    if (entries.get(key).size === 0) entries.delete(key);
    entry.undo?.();
  }

  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    const result = raw.add.call(this, type, listener, options);
    if (!listener || options?.signal?.aborted) return result;
    const target = this ?? window;
    const capture = captureOf(options);
    const key = `${type}|${capture}`;
    const entries = entriesOf(target, true);
    if (!entries.has(key)) entries.set(key, new Map());
    if (entries.get(key).has(listener)) return result; // the platform ignores a duplicate too
    const entry = { type, stack: stackOf() };
    entries.get(key).set(listener, entry);
    // `once` and `signal` remove the listener without a call to removeEventListener.
    const undo = [];
    const drop = () => forget(target, key, listener);
    if (options?.once) {
      raw.add.call(target, type, drop, { capture, once: true });
      undo.push(() => raw.remove.call(target, type, drop, { capture }));
    }
    if (options?.signal) {
      raw.add.call(options.signal, 'abort', drop, { once: true });
      undo.push(() => raw.remove.call(options.signal, 'abort', drop));
    }
    if (undo.length) entry.undo = () => undo.forEach((step) => step());
    return result;
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
    const result = raw.remove.call(this, type, listener, options);
    if (listener) forget(this ?? window, `${type}|${captureOf(options)}`, listener);
    return result;
  };
  // The deprecated MediaQueryList API registers `change` listeners without addEventListener.
  MediaQueryList.prototype.addListener = function addListener(listener) {
    this.addEventListener('change', listener);
  };
  MediaQueryList.prototype.removeListener = function removeListener(listener) {
    this.removeEventListener('change', listener);
  };

  const timeouts = new Map();
  const intervals = new Map();
  window.setTimeout = function setTimeout(handler, delay, ...args) {
    if (typeof handler !== 'function') return raw.setTimeout(handler, delay, ...args);
    const id = raw.setTimeout(
      (...values) => {
        timeouts.delete(id);
        handler(...values);
      },
      delay,
      ...args,
    );
    timeouts.set(id, { delay, stack: stackOf() });
    return id;
  };
  window.setInterval = function setInterval(handler, delay, ...args) {
    const id = raw.setInterval(handler, delay, ...args);
    intervals.set(id, { delay, stack: stackOf() });
    return id;
  };
  // The two share one pool of ids: either clears either.
  window.clearTimeout = function clearTimeout(id) {
    timeouts.delete(id);
    intervals.delete(id);
    raw.clearTimeout(id);
  };
  window.clearInterval = function clearInterval(id) {
    timeouts.delete(id);
    intervals.delete(id);
    raw.clearInterval(id);
  };

  // BroadcastChannels: open until closed (an open one with a handler stays alive).
  const channels = new Set();
  const RawChannel = window.BroadcastChannel;
  const openChannel = new WeakMap();
  window.BroadcastChannel = class BroadcastChannel extends RawChannel {
    constructor(name) {
      super(name);
      openChannel.set(this, { name, stack: stackOf() });
      channels.add(new WeakRef(this));
    }
    close() {
      openChannel.delete(this);
      return super.close();
    }
  };

  // Observers: live while observing something (and not disconnected), held weakly.
  const observers = new Set();
  const observing = new WeakMap();
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const proto = window[name]?.prototype;
    if (!proto) continue;
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target, ...rest) {
      if (!observing.has(this)) {
        observing.set(this, { kind: name, targets: new Set(), stack: stackOf() });
        observers.add(new WeakRef(this));
      }
      const record = observing.get(this);
      if (![...record.targets].some((ref) => ref.deref() === target)) record.targets.add(new WeakRef(target));
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (target) {
        const record = observing.get(this);
        for (const ref of record?.targets ?? []) if (ref.deref() === target) record.targets.delete(ref);
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function () {
      observing.get(this)?.targets.clear();
      return disconnect.call(this);
    };
  }

  /** Every node of the document, in shadow roots too. */
  function* nodes(root) {
    yield root;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      yield node;
      if (node.shadowRoot) yield* nodes(node.shadowRoot);
    }
  }

  function tally(into, stacks, target) {
    const entries = entriesOf(target, false);
    for (const listeners of entries?.values() ?? []) {
      for (const { type, stack } of listeners.values()) {
        const key = `${label(target)} ${type}`;
        into[key] = (into[key] ?? 0) + 1;
        stacks.push(`${key}\n${stack}`);
      }
    }
  }

  window.__memory = {
    raw,
    /** What is live now; `stacks` where each was created, for a report. */
    counts() {
      const listeners = {};
      const stacks = [];
      tally(listeners, stacks, window);
      for (const node of nodes(document)) tally(listeners, stacks, node);
      for (const ref of otherTargets) {
        const target = ref.deref();
        if (!target) otherTargets.delete(ref);
        else if (target !== window) tally(listeners, stacks, target);
      }
      const liveChannels = [];
      for (const ref of channels) {
        const channel = ref.deref();
        if (!channel) channels.delete(ref);
        else if (openChannel.has(channel)) liveChannels.push(openChannel.get(channel));
      }
      const liveObservers = {};
      for (const ref of observers) {
        const observer = ref.deref();
        if (!observer) {
          observers.delete(ref);
          continue;
        }
        const record = observing.get(observer);
        for (const target of record.targets) if (!target.deref()) record.targets.delete(target);
        if (record.targets.size === 0) continue;
        liveObservers[record.kind] = (liveObservers[record.kind] ?? 0) + 1;
        stacks.push(`${record.kind}\n${record.stack}`);
      }
      for (const [, { delay, stack }] of timeouts) stacks.push(`setTimeout ${delay}\n${stack}`);
      for (const [, { delay, stack }] of intervals) stacks.push(`setInterval ${delay}\n${stack}`);
      for (const { name, stack } of liveChannels) stacks.push(`BroadcastChannel ${name}\n${stack}`);
      return {
        counts: {
          listeners: Object.fromEntries(Object.entries(listeners).sort(([a], [b]) => a.localeCompare(b))),
          broadcastChannels: liveChannels.length,
          pendingTimeouts: timeouts.size,
          intervals: intervals.size,
          observers: liveObservers,
        },
        stacks,
      };
    },
  };
}

/**
 * In the page: `cycles` times, connects an instance (a fresh one, or always the same), waits until
 * it has rendered (lazy parts included), and removes it. Sets up on the first call for `tag`.
 */
function cycle({ tag, inProvider, ready, cycles, reuse, leak = false }) {
  const memory = window.__memory;
  const routes = (memory.routes ??= {});
  const model = document.querySelector(tag);
  const parent = inProvider ? document.querySelector('bt-auth-provider') : document.querySelector('main');

  function create() {
    const element = document.createElement(tag);
    for (const { name, value } of model.attributes) if (name !== 'slot') element.setAttribute(name, value);
    // A route with its own provider: the page's configuration, a sign-in button inside.
    if (tag === 'bt-auth-provider') element.append(document.createElement('bt-signin-button'));
    return element;
  }

  // The check of the check: what a leaking element would leave, made on purpose.
  function leakOnPurpose(element) {
    const kept = (memory.kept ??= { elements: [], undo: [] });
    kept.elements.push(element);
    const onResize = () => element.isConnected;
    addEventListener('resize', onResize);
    const timer = setTimeout(() => element.isConnected, 3_600_000);
    const channel = new BroadcastChannel('bt-memory-test');
    const observer = new MutationObserver(() => element.isConnected);
    observer.observe(document.documentElement, { attributes: true });
    kept.undo.push(() => {
      removeEventListener('resize', onResize);
      clearTimeout(timer);
      channel.close();
      observer.disconnect();
    });
  }

  const nextTask = () => new Promise((resolve) => memory.raw.setTimeout(resolve, 0));
  async function rendered(element) {
    const deadline = performance.now() + 10_000;
    for (;;) {
      await element.updateComplete;
      const inner = [...element.children].filter((child) => child.localName.startsWith('bt-'));
      await Promise.all(inner.map((child) => child.updateComplete));
      const done =
        element.shadowRoot?.querySelector(ready) &&
        inner.every((child) => child.shadowRoot?.querySelector('button')) &&
        // The chooser's two QR codes, drawn once their module has loaded.
        (tag !== 'bt-mfa-method-chooser' || element.shadowRoot.querySelectorAll('svg[part~="qr-code"]').length === 2);
      if (done) return;
      if (performance.now() > deadline) throw new Error(`${tag} did not render within 10 s`);
      await nextTask();
    }
  }

  return (async () => {
    const started = performance.now();
    for (let i = 0; i < cycles; i++) {
      const element = reuse ? (routes[tag] ??= create()) : create();
      parent.append(element);
      await rendered(element);
      element.remove();
      if (leak) leakOnPurpose(element);
    }
    // Work queued for the next task (an event announced after the current one) is done.
    await nextTask();
    return performance.now() - started;
  })();
}

/** Connects one fresh instance and counts what is live while it is there, then after it goes. */
async function connectedAndAfter(page, spec) {
  return page.evaluate(async ({ tag, inProvider }) => {
    const model = document.querySelector(tag);
    const parent = inProvider ? document.querySelector('bt-auth-provider') : document.querySelector('main');
    const element = document.createElement(tag);
    for (const { name, value } of model.attributes) if (name !== 'slot') element.setAttribute(name, value);
    if (tag === 'bt-auth-provider') element.append(document.createElement('bt-signin-button'));
    parent.append(element);
    await element.updateComplete;
    await Promise.all([...element.children].map((child) => child.updateComplete));
    const connected = window.__memory.counts().counts;
    element.remove();
    await new Promise((resolve) => window.__memory.raw.setTimeout(resolve, 0));
    return { connected, removed: window.__memory.counts().counts };
  }, spec);
}

async function collectGarbage(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/** The JS heap after a forced garbage collection, and what is live. */
async function measure(page, cdp) {
  await collectGarbage(cdp);
  const { counts, stacks } = await page.evaluate(() => window.__memory.counts());
  await collectGarbage(cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { heap: usedSize, counts, stacks };
}

/** The entries of `later` that `earlier` does not have as many times: where a leak was created. */
function newcomers(earlier, later) {
  const left = [...earlier];
  return later.filter((entry) => {
    const index = left.indexOf(entry);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function describeRun(state, signIn) {
  describe(`memory, ${state}`, () => {
    let page;
    let cdp;
    const figures = [];

    before(async () => {
      page = await e2e.newPage();
      await page.addInitScript(instrument);
      await page.goto(`${e2e.demo}/all-elements.html`);
      // The journey offers « Se connecter » too: the portal's button is the sign-in button's.
      const button = page.locator('bt-signin-button');
      if (signIn) {
        await portal.signInButton(button).click();
        await page.waitForURL(`${e2e.idp}/interaction/**`);
        await provider.signInWithAuthenticator(page, DOMINIQUE);
        await page.waitForURL(`${e2e.demo}/all-elements.html`);
        await portal.accountButton(button, DOMINIQUE.name).waitFor();
      } else {
        await portal.signInButton(button).waitFor();
      }
      // Every element of the page has rendered, its lazy parts included.
      await page.locator('bt-mfa-method-chooser svg[part~="qr-code"]').first().waitFor();
      await page.locator('bt-signin-faq details').first().waitFor();
      cdp = await page.context().newCDPSession(page);
    });

    after(async () => {
      for (const line of figures) console.log(line);
      await page?.context().close();
    });

    it('counts what it is asked to: page-wide observers and channels, and what an element adds while connected', async () => {
      const { counts } = await measure(page, cdp);
      // The page's auth client follows other tabs; localization follows <html lang>.
      assert.ok(counts.broadcastChannels >= 1, `the auth client's channel is counted: ${JSON.stringify(counts)}`);
      assert.ok(
        (counts.observers.MutationObserver ?? 0) >= 1,
        `the <html lang> observer is counted: ${JSON.stringify(counts)}`,
      );
      // Every element follows locale changes (a window listener) while connected, and only then.
      for (const spec of ELEMENTS) {
        const { connected, removed } = await connectedAndAfter(page, spec);
        const key = 'window lit-localize-status';
        assert.ok(
          (connected.listeners[key] ?? 0) > (removed.listeners[key] ?? 0),
          `${spec.tag}: its locale listener is counted while connected (${connected.listeners[key]}) and not after (${removed.listeners[key]})`,
        );
        if (spec.signsIn) {
          assert.ok(
            (connected.listeners['window online'] ?? 0) > (removed.listeners['window online'] ?? 0),
            `${spec.tag}: its network listener is counted while connected, and not after`,
          );
        }
        if (spec.tag === 'bt-lost-phone-card') {
          assert.ok(
            connected.pendingTimeouts > removed.pendingTimeouts,
            `the card's minute clock is a pending timer while connected (${connected.pendingTimeouts}), not after (${removed.pendingTimeouts})`,
          );
        }
      }
    });

    for (const spec of ELEMENTS) {
      for (const reuse of [false, true]) {
        const how = reuse ? 'one instance reconnected' : 'a fresh instance connected';
        it(`${spec.tag}: ${how} ${CYCLES} times leaves the heap and what is live as after ${WARM_UP}`, async () => {
          const run = (cycles) => page.evaluate(cycle, { ...spec, cycles, reuse });
          const firstMs = await run(1);
          const first = await measure(page, cdp);
          const warmMs = await run(WARM_UP - 1);
          const warm = await measure(page, cdp);
          const restMs = await run(CYCLES - WARM_UP);
          const end = await measure(page, cdp);
          const ratio = end.heap / warm.heap;
          figures.push(
            `${state} | ${spec.tag} | ${reuse ? 'same instance' : 'fresh instances'} | heap after 1: ${kb(first.heap)}, ` +
              `after ${WARM_UP}: ${kb(warm.heap)}, after ${CYCLES}: ${kb(end.heap)} (${(ratio * 100).toFixed(1)} %, ` +
              `${((end.heap - warm.heap) / (CYCLES - WARM_UP)).toFixed(0)} B/cycle) | ` +
              `${((firstMs + warmMs + restMs) / CYCLES).toFixed(2)} ms/cycle | live: ${JSON.stringify(end.counts)}`,
          );
          assert.deepEqual(
            end.counts,
            warm.counts,
            `${spec.tag}: what is live after ${CYCLES} cycles equals what was after ${WARM_UP}; new since:\n` +
              newcomers(warm.stacks, end.stacks).slice(0, 5).join('\n---\n'),
          );
          assert.deepEqual(end.counts, first.counts, `${spec.tag}: and after the first cycle`);
          assert.ok(
            ratio <= HEAP_LIMIT,
            `${spec.tag}: heap after ${CYCLES} cycles ${kb(end.heap)} within 10 % of ${kb(warm.heap)} after ${WARM_UP}`,
          );
        });
      }
    }

    it('sees a leak made on purpose: elements kept, with a listener, a timer, a channel and an observer each', async () => {
      const spec = ELEMENTS.find(({ tag }) => tag === 'bt-signin-button');
      const run = (cycles) => page.evaluate(cycle, { ...spec, cycles, reuse: false, leak: true });
      await run(WARM_UP);
      const warm = await measure(page, cdp);
      await run(CYCLES - WARM_UP);
      const end = await measure(page, cdp);
      await page.evaluate(() => {
        for (const undo of window.__memory.kept.undo) undo();
        delete window.__memory.kept;
      });
      const leaked = CYCLES - WARM_UP;
      figures.push(
        `${state} | leak made on purpose | heap after ${WARM_UP}: ${kb(warm.heap)}, after ${CYCLES}: ${kb(end.heap)} ` +
          `(${((end.heap / warm.heap) * 100).toFixed(1)} %)`,
      );
      assert.equal(end.counts.listeners['window resize'] - (warm.counts.listeners['window resize'] ?? 0), leaked);
      assert.equal(end.counts.pendingTimeouts - warm.counts.pendingTimeouts, leaked);
      assert.equal(end.counts.broadcastChannels - warm.counts.broadcastChannels, leaked);
      assert.equal(end.counts.observers.MutationObserver - warm.counts.observers.MutationObserver, leaked);
      assert.ok(
        end.heap / warm.heap > HEAP_LIMIT,
        `the kept elements show in the heap: ${kb(warm.heap)} → ${kb(end.heap)}`,
      );
      // Undone, what is live is as before.
      const { counts } = await measure(page, cdp);
      assert.deepEqual(counts.listeners['window resize'] ?? 0, 0);
    });
  });
}

describeRun('signed out', false);
describeRun('signed in', true);

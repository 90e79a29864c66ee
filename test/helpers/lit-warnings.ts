import { expect } from '@open-wc/testing';
import { resetWarnings } from '../../src/internal/dev-warning.js';

/**
 * Fails the current test when Lit (in development mode) warns, for example about a change-in-
 * update or a missing `await`; library warnings (`<tag-name> …`) are collected for tests to assert on.
 */
export const warnings: string[] = [];
let original: typeof console.warn;

beforeEach(() => {
  warnings.length = 0;
  // Each test sees the warnings of its own elements, not only the first test's.
  resetWarnings();
  original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = original;
  const litWarnings = warnings.filter((warning) => !/^<[a-z]+(-[a-z]+)+> /.test(warning));
  expect(litWarnings, `Lit dev-mode warnings: ${litWarnings.join(' | ')}`).to.deep.equal([]);
});

import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { warnOnce } from './internal/dev-warning.js';

/** A locale the library ships strings for: French (source) or English. */
export type BtLocale = typeof sourceLocale | (typeof targetLocales)[number];

export const supportedLocales: readonly BtLocale[] = [sourceLocale, ...targetLocales];
export { LOCALE_STATUS_EVENT };

// One fixed import per locale: a computed import path breaks bundlers and the test runner.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('./generated/locales/en.js'),
};

// Configured only once a locale other than French is asked for: until then `msg()` renders
// the French source as it is, and a French page pays nothing for the runtime at start-up.
let runtime: ReturnType<typeof configureLocalization> | undefined;
let followsDocument = true;
let documentLangObserver: MutationObserver | undefined;

/** Maps any BCP 47 tag (`fr-FR`, `en-GB`, `EN`) to a shipped locale; French when nothing fits. */
export function resolveLocale(tag: string | null | undefined): BtLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === language) ?? sourceLocale;
}

/** The tag the locale was asked with (`en-GB`, `fr-FR`): dates and times follow its region. */
let requestedTag = '';
/** A locale still loading: elements wait for it before their first render, never showing French first. */
let pending: Promise<void> | undefined;

async function applyLocale(tag: string): Promise<void> {
  requestedTag = tag;
  const locale = resolveLocale(tag);
  if (!runtime && locale === sourceLocale) return;
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (target) => loaders[target as keyof typeof loaders]() as never,
  });
  const loading = runtime.setLocale(locale);
  pending = loading;
  try {
    await loading;
  } finally {
    if (pending === loading) pending = undefined;
  }
}

/** The locale being loaded, if any: an element's first render waits for it (see BtElement). */
export function localeLoading(): Promise<void> | undefined {
  return pending;
}

function followDocumentLang() {
  // Fails only when the host app configured @lit/localize itself (it allows one configuration
  // per page): the elements then stay in French rather than break.
  applyLocale(document.documentElement.lang).catch((error: unknown) => {
    if (import.meta.env.DEV) warnOnce('bt-*', `cannot switch language: ${String(error)}`);
  });
}

/**
 * Starts localization the first time an element connects: the locale follows `<html lang>`
 * (watched for changes) until the host calls {@link setLocale}.
 */
export function startLocalization(): void {
  if (documentLangObserver || !followsDocument) return;
  followDocumentLang();
  documentLangObserver = new MutationObserver(followDocumentLang);
  documentLangObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
}

/**
 * Sets the locale of every element explicitly; from then on `<html lang>` is no longer followed.
 * Accepts any BCP 47 tag and resolves it to French or English.
 */
export async function setLocale(tag: string): Promise<void> {
  followsDocument = false;
  documentLangObserver?.disconnect();
  documentLangObserver = undefined;
  await applyLocale(tag);
}

/** The locale the elements currently render in. */
export function getLocale(): BtLocale {
  return resolveLocale(runtime?.getLocale());
}

/**
 * How dates and times read: `fr`, `en-US` (January 1, 2027, 6:00 PM; also plain `en`) or `en-GB`
 * (1 January 2027, 18:00; every other English region).
 */
export function getDateStyle(): 'fr' | 'en-US' | 'en-GB' {
  const locale = getLocale();
  if (locale === 'fr') return 'fr';
  return /^en(?:[-_]us)?$/i.test(requestedTag.trim()) || !requestedTag ? 'en-US' : 'en-GB';
}

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

async function applyLocale(locale: BtLocale): Promise<void> {
  if (!runtime && locale === sourceLocale) return;
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (target) => loaders[target as keyof typeof loaders]() as never,
  });
  await runtime.setLocale(locale);
}

function followDocumentLang() {
  // Fails only when the host app configured @lit/localize itself (it allows one configuration
  // per page): the elements then stay in French rather than break.
  applyLocale(resolveLocale(document.documentElement.lang)).catch((error: unknown) => {
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
  await applyLocale(resolveLocale(tag));
}

/** The locale the elements currently render in. */
export function getLocale(): BtLocale {
  return resolveLocale(runtime?.getLocale());
}

import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/** A locale the library ships strings for: French (source) or English. */
export type BtLocale = typeof sourceLocale | (typeof targetLocales)[number];

export const supportedLocales: readonly BtLocale[] = [sourceLocale, ...targetLocales];
export { LOCALE_STATUS_EVENT };

// One fixed import per locale: a computed import path breaks bundlers and the test runner.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('./generated/locales/en.js'),
};

let runtime: ReturnType<typeof configureLocalization> | undefined;
let followsDocument = true;
let documentLangObserver: MutationObserver | undefined;

/** Maps any BCP 47 tag (`fr-FR`, `en-GB`, `EN`) to a shipped locale; French when nothing fits. */
export function resolveLocale(tag: string | null | undefined): BtLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === language) ?? sourceLocale;
}

function ensureRuntime() {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
  });
  return runtime;
}

function followDocumentLang() {
  void ensureRuntime().setLocale(resolveLocale(document.documentElement.lang));
}

/**
 * Starts localization the first time an element connects: the locale follows `<html lang>`
 * (watched for changes) until the host calls {@link setLocale}.
 */
export function startLocalization(): void {
  if (runtime) return;
  ensureRuntime();
  if (!followsDocument) return;
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
  await ensureRuntime().setLocale(resolveLocale(tag));
}

/** The locale the elements currently render in. */
export function getLocale(): BtLocale {
  return resolveLocale(ensureRuntime().getLocale());
}

import { LOCALE_STATUS_EVENT } from '../../src/localization.js';

/** Resolves once the elements' locale has switched to `locale` (French included). */
export function localeReady(locale: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
}

/**
 * Sets `<html lang>` and resolves once every observer of the attribute has been told: ours is
 * created after the library's, and observers are notified in the order they were created.
 */
export function setDocumentLang(lang: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { attributeFilter: ['lang'] });
    document.documentElement.lang = lang;
  });
}

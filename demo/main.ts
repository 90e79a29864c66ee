import '../src/define.js';
import { setLocale } from '../src/index.js';

// The language buttons switch every element at once, as a host application would.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-locale]')) {
  button.addEventListener('click', () => {
    const locale = button.dataset.locale ?? 'fr';
    document.documentElement.lang = locale;
    void setLocale(locale);
    for (const other of document.querySelectorAll('button[data-locale]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

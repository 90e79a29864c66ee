// The built Storybook, as the story tests open it: its stories, and one story opened in a page
// until its elements have rendered.
import { existsSync, readFileSync } from 'node:fs';

export const STATIC = process.env.STORYBOOK_DIR ?? 'storybook-static';

/** Every story of the built Storybook (none when it is not built). */
export const stories = existsSync(`${STATIC}/index.json`)
  ? Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries).filter(
      (entry) => entry.type === 'story',
    )
  : [];

/**
 * Opens story `id` and waits until it shows an element with content (a `bt-*` element's shadow
 * text, or the story's own text). False when nothing rendered within 15 s.
 */
export async function openStory(page, origin, id, { locale, scheme }) {
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};scheme:${scheme}`);
  return page
    .waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root');
        const element = root?.querySelector('*');
        const rendered = [...(root?.querySelectorAll('*') ?? [])].some(
          (node) => node.localName.startsWith('bt-') && node.shadowRoot?.textContent?.trim(),
        );
        return element && (rendered || root.textContent.trim());
      },
      undefined,
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

// bench/results.md is written by two scripts: bench/run.mjs (sizes, first render) and
// bench/lighthouse.mjs (Core Web Vitals). Each rewrites its own part and keeps the other's: the
// Lighthouse part is the file's last section, from its heading to the end.
import { existsSync, readFileSync } from 'node:fs';

export const RESULTS = 'bench/results.md';
export const LIGHTHOUSE_HEADING = '## Core Web Vitals of the demo pages (Lighthouse)';

/** The Lighthouse section of the results as they stand, heading included; '' when there is none. */
export function lighthouseSection() {
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const at = text.indexOf(LIGHTHOUSE_HEADING);
  return at === -1 ? '' : text.slice(at);
}

/** The results with the Lighthouse section replaced by `section` (or added at the end). */
export function withLighthouseSection(section) {
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Bench results\n';
  const at = text.indexOf(LIGHTHOUSE_HEADING);
  return `${(at === -1 ? text : text.slice(0, at)).trimEnd()}\n\n${section.trim()}\n`;
}

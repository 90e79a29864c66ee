// Refreshes xliff/ from the sources, builds the runtime locale modules into src/generated/, and
// fails when a message lacks a translation. Every command that compiles or serves runs it first.
import { execFileSync } from 'node:child_process';

const localize = (command) =>
  execFileSync('npx', ['lit-localize', command], { stdio: ['ignore', 'ignore', 'inherit'] });
localize('extract');
localize('build');
await import('./check-translations.mjs');

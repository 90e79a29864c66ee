// Part of `npm test`, before the end-to-end tests (run `npm run build` first): packs the library
// as a consumer receives it, installs every example under examples/ from that tarball with
// `npm ci` (each example keeps its own lockfile), and builds the examples that have a build step.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });
const only = process.argv.slice(2);

/**
 * The tarball changes with every build, but npm ci installs a lockfile entry that has an
 * `integrity` from npm's cache when it holds that hash: the example would silently get the library
 * as it was when the lockfile was written. Without it, npm ci unpacks the tarball as it is now.
 */
function forgetTarballIntegrity(lockfile) {
  if (!existsSync(lockfile)) return;
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  let changed = false;
  for (const entry of Object.values(lock.packages ?? {})) {
    if (entry.resolved?.startsWith('file:') && entry.integrity) {
      delete entry.integrity;
      changed = true;
    }
  }
  if (changed) writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
}

run('node', ['scripts/pack.mjs']);
for (const name of readdirSync('examples')) {
  const dir = join('examples', name);
  if (!existsSync(join(dir, 'package.json')) || (only.length && !only.includes(name))) continue;
  const started = Date.now();
  forgetTarballIntegrity(join(dir, 'package-lock.json'));
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  const { scripts = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (scripts.build) run('npm', ['run', 'build', '--silent'], dir);
  console.log(
    `examples/${name}: installed${scripts.build ? ' and built' : ''} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

// Checks the built package as a consumer receives it: every export target exists, the tarball
// holds only what a consumer needs, the define entries register elements while the main entry
// registers none, and dev-mode warnings exist in the development build only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
for (const [entry, value] of Object.entries(pkg.exports)) {
  for (const target of targets(value))
    // A subpath pattern (`./standalone/*`): its folder must exist.
    if (!existsSync(target.replace(/\*.*$/, ''))) problems.push(`exports["${entry}"] → ${target} is missing`);
}

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = packed[0].files.map((file) => file.path);
const unexpected = files.filter(
  (file) =>
    !/^(dist\/.*\.(js|d\.ts)|dist\/custom-elements\.json|(dist\/standalone\/)?redirect\.html|undefined\.css|activation-service\.openapi\.json|bin\/activation-check(\.mjs|\/[a-z-]+\.mjs)|package\.json|README\.md)$/.test(
      file,
    ),
);
if (unexpected.length) problems.push(`the tarball holds files a consumer does not need: ${unexpected.join(', ')}`);
if (!files.includes('dist/custom-elements.json')) problems.push('the tarball lacks custom-elements.json');
if (!files.includes('activation-service.openapi.json'))
  problems.push('the tarball lacks activation-service.openapi.json (the activation service contract)');
if (!files.includes('undefined.css'))
  problems.push('the tarball lacks undefined.css (the room the elements take before they are defined)');
for (const file of ['dist/standalone/define.js', 'dist/standalone/redirect.html', 'dist/standalone/redirect-bridge.js'])
  if (!files.includes(file)) problems.push(`the tarball lacks ${file} (the build for pages without a bundler)`);

for (const build of ['dist', 'dist/development']) {
  const defineAll = readFileSync(`${build}/define.js`, 'utf8');
  if (!/import\s*["']\.\/components\/lost-phone-card\/define\.js["']/.test(defineAll)) {
    problems.push(`${build}/define.js does not import the element definitions`);
  }
  if (/customElements\.define/.test(readFileSync(`${build}/index.js`, 'utf8')))
    problems.push(`${build}/index.js registers elements`);
}
const card = (build) => readFileSync(`${build}/components/lost-phone-card/lost-phone-card.js`, 'utf8');
if (/warnOnce/.test(card('dist'))) problems.push('the production build still contains dev-mode warnings');
if (!/warnOnce/.test(card('dist/development'))) problems.push('the development build lost its dev-mode warnings');

// Publishing goes to the firm's registry only (publishConfig), never to the public one.
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
if (!manifest.publishConfig?.registry || /registry\.npmjs\.org/.test(manifest.publishConfig.registry))
  problems.push('package.json has no publishConfig.registry of the firm');
try {
  execFileSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  problems.push(
    `npm publish --dry-run fails: ${String(error.stderr ?? error)
      .trim()
      .split('\n')
      .at(-1)}`,
  );
}

if (problems.length) {
  console.error(`Package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Package check passed: ${files.length} files in the tarball, every export target present, npm publish --dry-run passes.`,
);

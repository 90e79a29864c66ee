// Checks that custom-elements.json documents each element completely: every part, slot, element
// CSS custom property and event that the sources use has its JSDoc tag, with a description, and
// every public attribute has a description. Run by `npm run build`.
import { readFileSync, existsSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const problems = [];

const names = (list = []) => new Set(list.map((item) => item.name));
const undocumented = (list = []) => list.filter((item) => !item.description?.trim()).map((item) => item.name);

for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const where = `<${element.tagName}> (${module.path})`;
    const source = readFileSync(module.path, 'utf8');
    const stylesPath = module.path.replace(/\.ts$/, '.styles.ts');
    const styles = existsSync(stylesPath) ? readFileSync(stylesPath, 'utf8') : '';
    const code = source + styles;

    const used = {
      cssParts: new Set([...code.matchAll(/part="([\w-]+)"|\[part[~]?='([\w-]+)'\]/g)].map((m) => m[1] ?? m[2])),
      slots: new Set([...source.matchAll(/<slot(?:\s+name="([\w-]+)")?/g)].map((m) => m[1] ?? '')),
      cssProperties: new Set([...code.matchAll(new RegExp(`(--${element.tagName}-[\\w-]+)`, 'g'))].map((m) => m[1])),
      events: new Set([...source.matchAll(/new \w*Event\w*\(\s*'(bt-[\w-]+)'/g)].map((m) => m[1])),
    };
    // The shared sign-in action renders its status line and problem, and announces failures, for its element.
    if (source.includes('new SignInAction(')) {
      for (const part of ['status', 'problem']) used.cssParts.add(part);
      used.events.add('bt-auth-error');
    }
    for (const [kind, usedNames] of Object.entries(used)) {
      const documented = names(element[kind]);
      for (const name of usedNames) {
        if (!documented.has(name)) problems.push(`${where}: ${kind} "${name}" is used but not documented`);
      }
      for (const name of documented) {
        // A part or event name may also be passed to a helper as a string literal.
        const passedAsLiteral = (kind === 'cssParts' || kind === 'events') && source.includes(`'${name}'`);
        if (!usedNames.has(name) && !passedAsLiteral) {
          problems.push(`${where}: ${kind} "${name}" is documented but not used`);
        }
      }
      for (const name of undocumented(element[kind])) problems.push(`${where}: ${kind} "${name}" has no description`);
    }
    for (const name of undocumented(element.attributes))
      problems.push(`${where}: attribute "${name}" has no description`);
    if (!element.summary?.trim()) problems.push(`${where}: no @summary`);
  }
}

if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('custom-elements.json documents every part, slot, CSS property, event and attribute.');

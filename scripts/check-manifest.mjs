// Checks that custom-elements.json documents each element completely: every part, slot, element
// CSS custom property and event that the sources use has its JSDoc tag, with a description, and
// every public attribute has a description. Also that tools can use it: @wc-toolkit/cem-validator
// passes; every module path names a shipped file (dist/…, with its .d.ts), never a source; every
// event is typed `CustomEvent<Detail>`; every type the elements' API names is exported from the
// main entry (the generated React and Vue typings import them from there). Run by `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { validateCem } from '@wc-toolkit/cem-validator';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const problems = [];

try {
  await validateCem(manifest, {
    packageJsonPath: './package.json',
    cemFileName: 'custom-elements.json',
    rules: {
      packageJson: {
        packageType: 'error',
        main: 'error',
        module: 'error',
        types: 'error',
        exports: 'error',
        customElementsProperty: 'error',
        publishedCem: 'error',
      },
      manifest: {
        // The analyzer (0.11) writes schema 1.0.0; the validator asks for the newest (2.1.0).
        schemaVersion: 'off',
        modulePath: 'error',
        definitionPath: 'error',
        // Validator 1.3.0 inverts this test (it flags a path without `src/`); checked below instead.
        typeDefinitionPath: 'off',
        // The analyzer does not list `export interface` or `export type X =` in a module's
        // exports, so this rule cannot see them; checked below against the main entry instead.
        exportTypes: 'off',
        tagName: 'error',
      },
    },
  });
} catch (error) {
  problems.push(`@wc-toolkit/cem-validator: ${error.message}`);
}

/** `dist/a/b.js` → `src/a/b.ts`: the source the manifest was made from. */
const sourceOf = (path) => path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

const references = [];
(function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module' || key === 'typeDefinitionPath') && typeof value === 'string') {
      references.push([key, value]);
    } else collect(value);
  }
})(manifest.modules);
for (const [key, path] of [...new Set(references.map(([key, path]) => `${key}\0${path}`))].map((pair) =>
  pair.split('\0'),
)) {
  const file = path.replace(/^\.\//, '');
  if (!/^dist\/.*\.(js|d\.ts)$/.test(file)) problems.push(`"${key}": "${path}" does not name a shipped file`);
  else if (!existsSync(file.replace(/\.js$/, '.d.ts'))) problems.push(`"${key}": "${path}" has no declaration file`);
}

// The names the main entry exports, types included.
const program = ts.createProgram(['src/index.ts'], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  skipLibCheck: true,
  experimentalDecorators: true,
});
const checker = program.getTypeChecker();
const exportedSymbols = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')));
const exported = new Set(exportedSymbols.map((symbol) => symbol.name));
const GLOBAL_TYPES = new Set([
  'CustomEvent',
  'Event',
  'HTMLElement',
  'Record',
  'Partial',
  'Readonly',
  'ReadonlyArray',
  'Array',
  'Promise',
  'Date',
]);
const namedTypes = (text = '') =>
  [...text.replaceAll(/'[^']*'|"[^"]*"|`[^`]*`/g, '').matchAll(/\b[A-Z][\w$]*\b/g)].map((m) => m[0]);

const names = (list = []) => new Set(list.map((item) => item.name));
const undocumented = (list = []) => list.filter((item) => !item.description?.trim()).map((item) => item.name);

for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const where = `<${element.tagName}> (${module.path})`;
    const sourcePath = sourceOf(module.path);
    const source = readFileSync(sourcePath, 'utf8');
    const stylesPath = sourcePath.replace(/\.ts$/, '.styles.ts');
    const styles = existsSync(stylesPath) ? readFileSync(stylesPath, 'utf8') : '';
    // Modules that render and announce for the element (the new-link form, loaded on demand):
    // imported by it, drawing parts, and not elements themselves.
    const imported = (from, text) =>
      [...text.matchAll(/(?:from |import\()'(\.[^']+)\.js'/g)]
        .map((m) => join(dirname(from), `${m[1]}.ts`))
        .filter((path) => existsSync(path));
    // Two levels: the element's controller, and the form that controller loads on demand.
    const delegatePaths = imported(sourcePath, source).flatMap((path) => [
      path,
      ...imported(path, readFileSync(path, 'utf8')),
    ]);
    const delegates = [...new Set(delegatePaths)]
      .map((path) => readFileSync(path, 'utf8'))
      .filter((text) => text.includes('part="') && !/extends (Bt|Lit)Element/.test(text))
      .join('');
    const code = source + styles + delegates;

    const used = {
      cssParts: new Set([...code.matchAll(/part="([\w-]+)"|\[part[~]?='([\w-]+)'\]/g)].map((m) => m[1] ?? m[2])),
      slots: new Set([...source.matchAll(/<slot(?:\s+name="([\w-]+)")?/g)].map((m) => m[1] ?? '')),
      cssProperties: new Set([...code.matchAll(new RegExp(`(--${element.tagName}-[\\w-]+)`, 'g'))].map((m) => m[1])),
      events: new Set([...(source + delegates).matchAll(/new \w*Event\w*\(\s*'(bt-[\w-]+)'/g)].map((m) => m[1])),
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

    for (const event of element.events ?? []) {
      if (!/^CustomEvent<.+>$/.test(event.type?.text ?? ''))
        problems.push(`${where}: event "${event.name}" is not typed \`@fires {CustomEvent<Detail>} ${event.name}\``);
    }
    const publicMembers = (element.members ?? []).filter((member) => !member.privacy || member.privacy === 'public');
    for (const item of [...(element.attributes ?? []), ...publicMembers, ...(element.events ?? [])]) {
      for (const name of namedTypes(item.type?.text)) {
        if (!GLOBAL_TYPES.has(name) && !exported.has(name))
          problems.push(`${where}: "${item.name}" names the type ${name}, which the main entry does not export`);
      }
    }
    // The typings read each property's type from the class (`BtX['field']`): it must have it.
    const classSymbol = exportedSymbols.find((symbol) => symbol.name === element.name);
    const instance = classSymbol && checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(classSymbol));
    if (!instance) problems.push(`${where}: the main entry does not export the class ${element.name}`);
    const fields = [
      ...publicMembers.filter((member) => member.kind === 'field').map((member) => member.name),
      ...(element.attributes ?? []).map((attribute) => attribute.fieldName).filter(Boolean),
    ];
    for (const field of new Set(instance ? fields : [])) {
      const property = instance.getProperty(field);
      const modifiers = property?.valueDeclaration ? ts.getCombinedModifierFlags(property.valueDeclaration) : 0;
      if (!property || modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected))
        problems.push(
          `${where}: the manifest lists the public property "${field}", which the class has not (a stale \`static properties\` entry?)`,
        );
    }
  }
}

if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('custom-elements.json documents every part, slot, CSS property, event and attribute.');

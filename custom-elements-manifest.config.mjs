import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** `src/a/b.ts` → `dist/a/b.js`: the file a consumer receives. */
const shipped = (path) => path.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * Every module path and every reference to a module (`exports`, `superclass`, `inheritedFrom`,
 * type `references`) names the shipped file, from the package root: the analyzer leaves a
 * re-export's module as written (`./auth/types.js`) and a superclass's as `/src/….js`.
 */
const shippedPaths = {
  name: 'bt-shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    const resolve = (value, base) => {
      if (value.startsWith('./') || value.startsWith('../')) value = posix.join(posix.dirname(base), value);
      return shipped(value.replace(/^\/src\//, 'src/'));
    };
    const visit = (node, base) => {
      if (Array.isArray(node)) return node.forEach((item) => visit(item, base));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'module' && typeof value === 'string') node[key] = resolve(value, base);
        else visit(value, base);
      }
    };
    for (const module of customElementsManifest.modules) {
      const base = module.path;
      module.path = shipped(module.path);
      visit(module, base);
    }
  },
};

// The typings import every named type from the package's main entry, which exports them all
// (scripts/check-manifest.mjs checks it).
const PACKAGE = '@bakertilly/espace-client-auth';
const FRAMEWORK_TYPES = 'dist/frameworks';
const rewrite = (file, change) => writeFileSync(file, change(readFileSync(file, 'utf8')));

/**
 * React 19 JSX typings (`@bakertilly/espace-client-auth/react`): props from the element classes,
 * `onbt-*` handlers with their detail types. The generator also augments Preact, Solid, Qwik,
 * Stencil, Hono and React Native; a module augmentation of a package the consumer lacks is an
 * error without `skipLibCheck`, so only React's modules (and the global JSX) are kept.
 */
const reactTypes = {
  name: 'bt-react-types',
  packageLinkPhase({ customElementsManifest }) {
    generateJsxTypes(customElementsManifest, {
      outdir: FRAMEWORK_TYPES,
      fileName: 'react.d.ts',
      globalTypePath: PACKAGE,
      stronglyTypedEvents: true,
    });
    const kept = new Set(['react', 'react/jsx-runtime', 'react/jsx-dev-runtime']);
    rewrite(`${FRAMEWORK_TYPES}/react.d.ts`, (text) =>
      text
        .replace(/^declare module ["']([^"']+)["'] \{\n[\s\S]*?^\}\n/gm, (block, name) => (kept.has(name) ? block : ''))
        .replace(/\n{3,}/g, '\n\n'),
    );
  },
};

/**
 * Vue 3 `GlobalComponents` (`@bakertilly/espace-client-auth/vue`). The generator gets a copy of
 * the manifest adapted to what it and vue-tsc expect: it reads an event's `type` as the detail (it
 * writes `CustomEvent<type>` itself), where the manifest has the standard `CustomEvent<Detail>`;
 * and it keys props by attribute name and handlers by `on` + event name, where vue-tsc (3.x, with
 * strict templates) looks template names up camelized: `heading-level` as `headingLevel`,
 * `@bt-signed-in` as `onBtSignedIn`.
 */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const vueTypes = {
  name: 'bt-vue-types',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = structuredClone(customElementsManifest);
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? []) {
        for (const attribute of declaration.attributes ?? [])
          attribute.name = attribute.fieldName ?? camelize(attribute.name);
        for (const event of declaration.events ?? []) {
          const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type = { text: detail === 'void' ? 'undefined' : detail };
          event.name = camelize(`-${event.name}`);
        }
      }
    generateVuejsTypes(manifest, {
      outdir: FRAMEWORK_TYPES,
      fileName: 'vue.d.ts',
      globalTypePath: PACKAGE,
      hideLogs: true,
    });
    // It imports a detail type once per element that fires it: a duplicate identifier.
    rewrite(`${FRAMEWORK_TYPES}/vue.d.ts`, (text) =>
      text.replace(/^import type \{([^}]*)\} from ("@bakertilly\/espace-client-auth")/m, (_, names, from) => {
        const unique = new Set(names.split(',').map((name) => name.trim()));
        unique.delete('');
        return `import type {\n  ${[...unique].join(',\n  ')},\n} from ${from}`;
      }),
    );
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    modulePathResolverPlugin({
      modulePathTemplate: (path) => shipped(path),
      typeDefinitionPathTemplate: (path) => shipped(path).replace(/\.js$/, '.d.ts'),
    }),
    shippedPaths,
    reactTypes,
    vueTypes,
  ],
};

import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'src/generated/',
      'node_modules/',
      '.cache/',
      // Each example is type-checked by its own build (tsc -b, vue-tsc, ng build with strict
      // templates) against its own dependencies, which a clean clone installs only later in
      // `npm test` (scripts/examples.mjs): linted here, their imports would not resolve.
      'examples/',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [
      tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      litA11y.configs.recommended,
      wc.configs['flat/recommended'],
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit binds event listeners written as `@click=${this.handler}`.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Chai assertions are property accesses (`to.be.true`), and tests reach into shadow roots.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/testing types every chai assertion as thenable; only the accessibility check is
      // really asynchronous, so that one (and no other) must be awaited.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message: 'Await the accessibility check, or it asserts nothing.',
        },
      ],
    },
  },
);

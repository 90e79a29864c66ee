/**
 * esbuild options for bundling the package as an application's build would (esbuild with code
 * splitting is what Angular uses; Vite's production build behaves alike): the size budgets, the
 * first-load check and the first-render timing all measure this same output.
 */
export const APP_BUNDLE = {
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  // Pages are served as UTF-8: keep accented strings as they are rather than \u-escaped.
  charset: 'utf8',
  // Measure what production pages get, not Lit's development build.
  conditions: ['production'],
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};

// `import.meta.env.DEV`: true in the development build, Vite's dev server, Storybook and tests;
// replaced by `false` in the production build.
interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}

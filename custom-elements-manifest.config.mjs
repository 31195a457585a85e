// The custom-elements manifest is generated from the elements' JSDoc, so the
// docs (Storybook), editor types and JSX types all come from one place.
export default {
  globs: ['src/elements/**/peolc-*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
};

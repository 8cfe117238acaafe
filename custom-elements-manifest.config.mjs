// `cem analyze` writes custom-elements.json from the JSDoc of the element classes.
export default {
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};

// The custom-elements manifest is generated from the elements' JSDoc, so the
// docs (Storybook), editor types and JSX types all come from one place.

/**
 * Lit's `static properties` entries with `state: true` are internal reactive
 * state, not attributes; the analyzer lists them as attributes anyway, so
 * this drops every attribute whose field is private.
 */
const dropPrivateAttributes = {
  name: 'drop-private-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.attributes) continue;
        const privateFields = new Set(
          (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
        );
        declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
      }
    }
  },
};

export default {
  globs: ['src/elements/**/peolc-*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  plugins: [dropPrivateAttributes],
};

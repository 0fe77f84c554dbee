// SPDX-License-Identifier: MIT
// Generates custom-elements.json from the elements' JSDoc: `npm run manifest`.

/** Drops private and internal members (`_x`, `@internal`) that the analyzer lists from Lit's reactive state. */
function dropPrivate() {
  const isPublic = (m) => !m.name?.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected';
  return {
    name: 'khojaly:drop-private',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.members) d.members = d.members.filter(isPublic);
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_') && !a.fieldName?.startsWith('_'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // Leave package.json alone: the analyzer would otherwise point its customElements field at --outdir.
  packagejson: false,
  plugins: [dropPrivate()],
};

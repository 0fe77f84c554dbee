// SPDX-License-Identifier: MIT
// Generates custom-elements.json from the elements' JSDoc and their declared options: `npm run docs`.
import { tsImport } from 'tsx/esm/api';

/** Each element's declared options (src/shared/options.ts), read from the running classes. */
const { elementOptions } = await tsImport('./tools/element-options.ts', import.meta.url);
const optionsByTag = elementOptions();

/**
 * The JSDoc comment of each option declaration (a property of an object literal assigned to a variable
 * whose name ends in `options`), by module path and property name.
 */
const optionComments = new Map();

function readOptionComments() {
  return {
    name: 'khojaly:option-comments',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableDeclaration(node) || !/options$/i.test(node.name.getText()) || !node.initializer) return;
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) return;
      for (const prop of init.properties) {
        const doc = prop.jsDoc?.at(-1);
        const text = doc && ts.getTextOfJSDocComment(doc.comment);
        if (text) optionComments.set(`${moduleDoc.path} ${prop.name.getText()}`, text.replace(/\s+/g, ' ').trim());
      }
    },
  };
}

/** An option's description: its comment in the element's own module, else in the shared module that declares it. */
function describe(tag, name) {
  const own = optionComments.get(`src/${tag}/${tag}.ts ${name}`);
  if (own) return own;
  for (const [key, text] of optionComments) if (key.endsWith(` ${name}`) && !/^src\/[a-z]+-[a-z-]+\//.test(key)) return text;
  throw new Error(`<${tag}> option ${name} has no JSDoc comment: describe it where it is declared.`);
}

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

/**
 * Writes each element's attributes and option properties from its declared options: real types (accepted
 * values as literal unions), defaults and descriptions, where the analyzer alone sees `declare x: …`.
 */
function declaredOptions() {
  return {
    name: 'khojaly:declared-options',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const options = d.customElement && optionsByTag[d.tagName];
          if (!options) continue;
          const names = new Set(options.map((o) => o.name));
          const fields = options.map((o) => ({
            kind: 'field',
            name: o.name,
            type: { text: o.type },
            ...(o.default !== undefined ? { default: o.default } : {}),
            description: describe(d.tagName, o.name),
            ...(o.attribute ? { attribute: o.attribute } : {}),
          }));
          d.members = [...fields, ...(d.members ?? []).filter((m) => !names.has(m.name))];
          d.attributes = options
            .filter((o) => o.attribute)
            .map((o) => ({
              name: o.attribute,
              fieldName: o.name,
              type: { text: o.type },
              ...(o.default !== undefined ? { default: o.default } : {}),
              description: describe(d.tagName, o.name),
            }));
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
  plugins: [readOptionComments(), dropPrivate(), declaredOptions()],
};

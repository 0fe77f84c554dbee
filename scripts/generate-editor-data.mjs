#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Editor support generated from custom-elements.json (run by the build): VS Code HTML custom data, and JSX
// typings for React 19, Preact and Solid, so editors complete the tags and their attributes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.argv[2] ?? `${root}dist`;
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Accepted values as the JSDoc lists them in backticks ("`grid` (default), `list` …"), when it lists any. */
const valuesOf = (description = '') => {
  const values = [...description.matchAll(/`([a-z0-9][a-z0-9-]*)`/g)].map((m) => m[1]);
  return values.length > 1 ? [...new Set(values)] : [];
};

// VS Code: "html.customData": ["./node_modules/khojaly-widgets/dist/vscode.html-custom-data.json"]
const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributes: (el.attributes ?? []).map((a) => {
      const values = valuesOf(a.description);
      return { name: a.name, description: a.description ?? '', ...(values.length ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};

const className = (el) => el.name;
const attrType = (a) => {
  const values = valuesOf(a.description);
  return values.length ? `${values.map((v) => `'${v}'`).join(' | ')} | (string & {})` : 'string';
};
const attrLines = (el) =>
  (el.attributes ?? [])
    .map((a) => {
      const doc = (a.description ?? '').replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ');
      return `${doc ? `    /** ${doc} */\n` : ''}    '${a.name}'?: ${attrType(a)};`;
    })
    .join('\n');

const banner = '// Generated from custom-elements.json by scripts/generate-editor-data.mjs. Do not edit.\n';
const imports = `import type { ${elements.map(className).join(', ')} } from './index.js';\n`;
const attrInterfaces = elements
  .map((el) => `  interface ${className(el)}Attributes {\n${attrLines(el)}\n  }`)
  .join('\n');

// React 19: custom elements take attributes as props; `ref` gets the element class.
const react = `${banner}${imports}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare global {
${attrInterfaces}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': DetailedHTMLProps<HTMLAttributes<${className(el)}>, ${className(el)}> & ${className(el)}Attributes;`).join('\n')}
    }
  }
}
`;

const preact = `${banner}${imports}import type { JSX as PreactJSX } from 'preact';

declare global {
${attrInterfaces}
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': PreactJSX.HTMLAttributes<${className(el)}> & ${className(el)}Attributes;`).join('\n')}
    }
  }
}
`;

const solid = `${banner}${imports}import type { JSX as SolidJSX } from 'solid-js';

declare global {
${attrInterfaces}
}

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': SolidJSX.HTMLAttributes<${className(el)}> & ${className(el)}Attributes;`).join('\n')}
    }
  }
}
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/vscode.html-custom-data.json`, `${JSON.stringify(customData, null, 2)}\n`);
writeFileSync(`${outDir}/jsx-react.d.ts`, react);
writeFileSync(`${outDir}/jsx-preact.d.ts`, preact);
writeFileSync(`${outDir}/jsx-solid.d.ts`, solid);
console.log(`wrote editor data for ${elements.length} elements to ${outDir.replace(root, '')}`);

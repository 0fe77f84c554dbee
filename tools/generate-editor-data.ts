// SPDX-License-Identifier: MIT
// Editor support generated from custom-elements.json (run by the build): VS Code HTML custom data, and JSX
// typings for React 19, Preact and Solid, so editors complete the tags and their attributes. Accepted values
// come from the manifest's attribute types: literal unions written from the elements' declared options.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.argv[2] ?? `${root}dist`;

interface Attribute {
  name: string;
  description?: string;
  type?: { text?: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
}
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as { modules: { declarations?: Declaration[] }[] };

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Declaration & { tagName: string } => !!d.customElement && !!d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The values of a literal union type (`'grid' | 'list'`, `2 | 3`); none for any other type. */
const valuesOf = (a: Attribute): string[] => {
  const members = (a.type?.text ?? '').split(' | ');
  return members.every((m) => /^'.*'$|^\d+$/.test(m)) ? members.map((m) => m.replace(/^'(.*)'$/, '$1').replace(/\\'/g, "'")) : [];
};

// VS Code: "html.customData": ["./node_modules/khojaly-widgets/dist/vscode.html-custom-data.json"]
const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributes: (el.attributes ?? []).map((a) => {
      const values = valuesOf(a);
      return { name: a.name, description: a.description ?? '', ...(values.length ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};

const className = (el: Declaration) => el.name;
/** The attribute's type in JSX: the manifest's, with each number also as text (`heading-level="3"`). */
const attrType = (a: Attribute) => {
  const text = a.type?.text ?? 'string';
  return /^\d+( \| \d+)*$/.test(text) ? `${text} | ${text.split(' | ').map((n) => `'${n}'`).join(' | ')}` : text;
};
const attrLines = (el: Declaration) =>
  (el.attributes ?? [])
    .map((a) => {
      const doc = (a.description ?? '').replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ');
      return `${doc ? `    /** ${doc} */\n` : ''}    '${a.name}'?: ${attrType(a)};`;
    })
    .join('\n');

const banner = '// Generated from custom-elements.json by tools/generate-editor-data.ts. Do not edit.\n';
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

// SPDX-License-Identifier: MIT
// The packed package, as an app installs it: every element of the registry is importable as
// `khojaly-widgets/<tag>` and `khojaly-widgets/<tag>/define`, by Node and by TypeScript. Needs dist/ (npm run build).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
let app;
let tags;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'khojaly-pack-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', app], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  const installed = join(app, 'node_modules', 'khojaly-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, tarball), '-C', installed, '--strip-components=1']);
  // The package's dependencies, from this checkout (no registry needed).
  for (const dep of ['lit', '@lit', '@lit-labs', 'zod', '@types']) symlinkSync(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
  // The registry as the package ships it.
  const registry = execFileSync(process.execPath, ['--input-type=module', '-e', "const { widgetTags } = await import('khojaly-widgets'); console.log(JSON.stringify(widgetTags));"], { cwd: app, encoding: 'utf8' });
  tags = JSON.parse(registry);
});

after(() => rmSync(app, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships dist/ with every element folder', () => {
    const dist = readdirSync(join(app, 'node_modules', 'khojaly-widgets', 'dist'));
    assert.equal(tags.length, 7);
    for (const tag of tags) assert.ok(dist.includes(tag), `dist/${tag}/ is in the package`);
  });

  it('registers each element from khojaly-widgets/<tag>/define, and exports its class from khojaly-widgets/<tag>', () => {
    const script = `const tags = ${JSON.stringify(tags)};
      const out = {};
      for (const tag of tags) {
        const mod = await import('khojaly-widgets/' + tag);
        await import('khojaly-widgets/' + tag + '/define');
        out[tag] = { classes: Object.keys(mod).filter((k) => typeof mod[k] === 'function'), defined: customElements.get(tag) !== undefined };
      }
      console.log(JSON.stringify(out));`;
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    for (const tag of tags) {
      assert.ok(result[tag].defined, `<${tag}> is defined by khojaly-widgets/${tag}/define`);
      assert.ok(result[tag].classes.length > 0, `khojaly-widgets/${tag} exports a class`);
    }
  });

  it('resolves every element entry for TypeScript (moduleResolution bundler)', () => {
    const file = join(app, 'check.ts');
    writeFileSync(file, tags.map((tag, i) => `import 'khojaly-widgets/${tag}/define';\nimport * as m${i} from 'khojaly-widgets/${tag}';\nvoid m${i};`).join('\n') + '\n');
    const args = ['--noEmit', '--strict', '--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2021', '--lib', 'es2022,dom', '--skipLibCheck', '--types', 'node', file];
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), args, { cwd: app, encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc: ${error.stdout}${error.stderr}`);
    }
  });
});

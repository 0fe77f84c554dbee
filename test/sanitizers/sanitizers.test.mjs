// SPDX-License-Identifier: MIT
// Which embed form survives which sanitizer at its defaults. Asserts the facts the README relies on, and
// that README's table is the measured one (tools/sanitizer-table.mjs --write regenerates it).
// Run: node --test test/sanitizers/
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measure, readmeTable, sanitizerTable } from '../../tools/sanitizer-table.mjs';
import { forms, parse } from './forms.mjs';
import { sanitizers } from './sanitizers.mjs';

const rows = measure();
const works = (form, sanitizer) => rows.find((r) => r.form === form).cells.find((c) => c.sanitizer === sanitizer).works;
const sanitize = (name, html) => sanitizers.find((s) => s.name === name).sanitize(html);
const byName = (name) => forms.find((f) => f.name === name);

describe('the predicates', () => {
  // Otherwise a ❌ could be a bug in survives() rather than the sanitizer's doing.
  it('find every form working when nothing is sanitized', () => {
    for (const form of forms) assert.ok(form.survives(form.html), form.name);
  });

  it('find no form working when everything is removed', () => {
    for (const form of forms) {
      assert.equal(form.survives(''), false, form.name);
      assert.equal(form.degradesTo(''), 'removed: nothing shown', form.name);
    }
  });
});

describe('embed forms through sanitizers at their defaults', () => {
  // README: "every sanitizer (they all keep a plain `<a href>`)".
  it('the link forms survive all three', () => {
    for (const form of ['Link', 'Link in running text', 'Link in a blockquote'])
      for (const { name } of sanitizers) assert.ok(works(form, name), `${form} through ${name}`);
  });

  it('the sanitizer-safe div survives DOMPurify', () => {
    assert.ok(works('Sanitizer-safe divs', 'DOMPurify'));
  });

  it('sanitize-html and js-xss drop data-* attributes (the div form needs a filter that keeps them)', () => {
    for (const name of ['sanitize-html', 'js-xss']) {
      const divs = [...parse(sanitize(name, byName('Sanitizer-safe divs').html)).querySelectorAll('div')];
      assert.equal(divs.length, 2, name);
      for (const div of divs) assert.deepEqual(div.getAttributeNames(), [], name);
    }
  });

  // Why the README offers other forms to CMSs that filter HTML: no default filter keeps a custom tag with
  // its script.
  it('no sanitizer keeps the tags with their script', () => {
    for (const form of ['Tags + module script', 'Tags + classic script'])
      for (const { name } of sanitizers) assert.equal(works(form, name), false, `${form} through ${name}`);
  });
});

describe('README.md', () => {
  it("carries the measured table between its sanitizers markers", (t) => {
    const current = readmeTable();
    if (current === null) return t.skip('no <!-- sanitizers:start --> markers in README.md yet');
    assert.equal(current, sanitizerTable(rows), 'run node tools/sanitizer-table.mjs --write');
  });
});

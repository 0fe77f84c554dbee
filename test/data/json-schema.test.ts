// SPDX-License-Identifier: MIT
import { expect } from '@open-wc/testing';
import schemaOnDisk from '../../data/statement.schema.json';
import { JSON_SCHEMA_ID, JSON_SCHEMA_PATH, statementJsonSchema, statementJsonSchemaText } from '../../src/data/json-schema.js';
import { statement } from './fixtures.js';

describe('As an editor, my editor’s JSON Schema hints match the real rules', () => {
  it('data/statement.schema.json is what `npm run schema` generates from the current Zod schema', () => {
    // The test server hands .json files to the browser as JS modules, so the file is compared as imported:
    // same keys in the same order and same values. Its byte-exact formatting is checked by `npm run check:schema`.
    expect(schemaOnDisk, `${JSON_SCHEMA_PATH} is stale: run npm run schema`).to.deep.equal(statementJsonSchema());
    expect(`${JSON.stringify(schemaOnDisk, null, 2)}\n`, `${JSON_SCHEMA_PATH} is stale: run npm run schema`).to.equal(
      statementJsonSchemaText(),
    );
  });

  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    const schema = statementJsonSchema();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal(JSON_SCHEMA_ID);
    expect(schema.title).to.be.a('string').and.not.equal('');
    expect(schema.description).to.be.a('string').and.not.equal('');
    expect(Object.keys(schema).slice(0, 4)).to.deep.equal(['$schema', '$id', 'title', 'description']);
  });

  it('is deterministic', () => {
    expect(statementJsonSchemaText()).to.equal(statementJsonSchemaText());
  });

  it('lets the data point at it with $schema, and requires every top-level key the data has', () => {
    const schema = statementJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: unknown };
    expect(statement.$schema).to.equal('./statement.schema.json');
    expect(schema.properties).to.have.property('$schema');
    expect(schema.required).not.to.include('$schema');
    // Every key of the data is declared (additionalProperties is false, so an undeclared key would be an error).
    expect(schema.additionalProperties).to.equal(false);
    expect(Object.keys(schema.properties)).to.include.members(Object.keys(statement));
  });

  it('every $ref points at a definition that exists', () => {
    const schema = statementJsonSchema() as { $defs?: Record<string, unknown> };
    const refs = [...statementJsonSchemaText().matchAll(/"\$ref": "([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).to.be.greaterThan(0);
    for (const ref of refs) {
      expect(ref, 'only local refs').to.match(/^#\/\$defs\//);
      expect(schema.$defs, ref).to.have.property(ref.slice('#/$defs/'.length));
    }
  });
});

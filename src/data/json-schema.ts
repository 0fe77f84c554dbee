// SPDX-License-Identifier: MIT
/**
 * The JSON Schema of `data/statement.json`, generated from the Zod schema.
 *
 * Shared by `tools/generate-schema.ts` (which writes `data/statement.schema.json`) and by the tests (which
 * check the file on disk is still what this produces), so both derive the schema in exactly the same way.
 * Not part of the widgets' runtime: it imports zod.
 * @module
 */
import * as z from 'zod';
import {
  AddresseeSchema,
  DocumentSchema,
  EventSchema,
  FigureSchema,
  InstrumentSchema,
  ParagraphSchema,
  PlaceSchema,
  QuoteSchema,
  RecognitionSchema,
  RepairSchema,
  SourceSchema,
  StatementSchema,
} from './schema.js';

/** Where the schema file lives, relative to the package root. */
export const JSON_SCHEMA_PATH = 'data/statement.schema.json';

/**
 * The schema's `$id`. A URN rather than a URL because the package has no published home yet; `$ref`s inside
 * the schema are fragment-only (`#/$defs/...`), so nothing needs to resolve it.
 */
export const JSON_SCHEMA_ID = 'urn:khojaly-widgets:statement.schema.json';

type DefMeta = { id: string; description: string };

/**
 * A registry of our own (not zod's global one) names the item schemas, so they become readable `$defs`
 * (`#/$defs/Figure`) instead of being inlined at every use — `Source` alone appears seven times.
 */
function definitions(): z.core.$ZodRegistry<DefMeta> {
  const registry = z.registry<DefMeta>();
  registry.add(DocumentSchema, { id: 'Document', description: 'The statement as a document: title, issuer, signatory, date.' });
  registry.add(RepairSchema, { id: 'Repair', description: 'One documented difference between the extraction and the printed statement.' });
  registry.add(ParagraphSchema, { id: 'Paragraph', description: 'One block of the statement, verbatim after the documented repairs.' });
  registry.add(SourceSchema, {
    id: 'Source',
    description: 'Where an item comes from: a paragraph id and the exact phrase of that paragraph that states it.',
  });
  registry.add(AddresseeSchema, { id: 'Addressee', description: 'A body the statement is addressed to.' });
  registry.add(FigureSchema, { id: 'Figure', description: 'A number the statement gives, exactly as it gives it.' });
  registry.add(RecognitionSchema, {
    id: 'Recognition',
    description: 'A parliament, state body or organization the statement names as recognizing or condemning Khojaly.',
  });
  registry.add(PlaceSchema, { id: 'Place', description: 'A town, village, district or region the statement names.' });
  registry.add(InstrumentSchema, { id: 'Instrument', description: 'An international convention, covenant, resolution or statement it cites.' });
  registry.add(EventSchema, { id: 'Event', description: 'A dated event the statement mentions.' });
  registry.add(QuoteSchema, { id: 'Quote', description: 'A pull quote: whole sentences of one paragraph, verbatim.' });
  return registry;
}

/**
 * The JSON Schema (draft 2020-12) of the statement data. Deterministic: the same Zod schema always gives
 * the same object, with `$schema`, `$id`, `title` and `description` first.
 *
 * It describes the shape only: the cross-checks of `StatementSchema` (phrases occur in their paragraph,
 * references resolve, ids are unique) are code and have no JSON Schema equivalent — run `npm run check:schema`.
 */
export function statementJsonSchema(): Record<string, unknown> {
  // `output` is zod's default; it is spelled out because it decides `additionalProperties: false`, which lets
  // editors flag a misspelt key that zod itself would silently strip.
  const generated = z.toJSONSchema(StatementSchema, { target: 'draft-2020-12', io: 'output', metadata: definitions() });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'Khojaly statement data',
    description:
      "The Ombudsman of Azerbaijan's statement of 22 February 2021 on the 29th anniversary of Khojaly: the verbatim text " +
      'and the figures, recognitions, places, instruments, events, addressees and quotes drawn from it, each citing its source phrase. ' +
      'Generated from src/data/schema.ts by `npm run schema`; do not edit by hand.',
    ...rest,
  };
}

/** The schema file's exact contents: two-space JSON with a trailing newline. */
export function statementJsonSchemaText(): string {
  return `${JSON.stringify(statementJsonSchema(), null, 2)}\n`;
}

/** A Zod issue as one line, `path.to.value: message` (`(root)` when the issue is about the whole document). */
export function formatIssue(issue: { path: readonly PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return `${path || '(root)'}: ${issue.message}`;
}

import { z } from 'zod';
import { Channel, Language } from '../domain/journey/vocabulary.js';
import { IMPORT_FORMATS, IMPORT_KINDS, type ImportKind, TARGET_FIELDS, TRANSFORMS } from './targets.js';
import { isTimeZone } from './values.js';

/**
 * A column mapping (docs/import-mapping.md): which column fills which field, how its text
 * is read, constants for every row, and the columns kept as properties.
 */
const ColumnObject = z
  .object({
    column: z.string().trim().min(1).max(200),
    transform: z.enum(TRANSFORMS).optional(),
    /** Cell text (lower case) → value, e.g. {"good": 5, "bad": 1, "offered": null}. */
    values: z.record(z.string().max(80), z.number().int().nullable()).optional(),
  })
  .strict();
/** A column name, or {column, transform?, values?}. */
export const ColumnSpec = z.preprocess(
  (v) => (typeof v === 'string' ? { column: v } : v),
  ColumnObject,
) as unknown as z.ZodType<string | z.output<typeof ColumnObject>, string | z.input<typeof ColumnObject>>;
export type ColumnSpec = z.infer<typeof ColumnSpec>;

export const MappingConstants = z
  .object({
    touchpoint: z.string().trim().min(1).max(80).optional(),
    channel: Channel.optional(),
    name: z.string().trim().min(1).max(80).optional(),
    journeyId: z.string().trim().min(1).max(64).optional(),
    language: Language.optional(),
  })
  .strict();

export const Mapping = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    format: z.enum(IMPORT_FORMATS).optional(),
    /** CSV delimiter; detected from the header line when not given. */
    delimiter: z.enum([',', ';', '\t']).optional(),
    /** The zone of times written without one (e.g. "4.5.2026 10.00"). */
    timezone: z
      .string()
      .max(64)
      .refine(isTimeZone, 'is not a known time zone (e.g. Europe/Helsinki, UTC)')
      .default('UTC'),
    columns: z.record(z.string(), ColumnSpec),
    constants: MappingConstants.default({}),
    properties: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  })
  .strict()
  .superRefine((m, c) => {
    const known = new Set(TARGET_FIELDS[m.kind].map((t) => t.field));
    for (const field of Object.keys(m.columns))
      if (!known.has(field))
        c.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: `is not a field of ${m.kind} (one of: ${[...known].join(', ')})`,
        });
  });
export type Mapping = z.output<typeof Mapping>;
export type MappingInput = z.input<typeof Mapping>;

/** The column a spec names. */
export const columnOf = (spec: ColumnSpec): string => (typeof spec === 'string' ? spec : spec.column);

/** Required fields of the kind that the mapping fills neither from a column nor a constant. */
export function missingRequired(m: Mapping): string[] {
  return TARGET_FIELDS[m.kind as ImportKind]
    .filter((t) => t.required && m.columns[t.field] === undefined)
    .filter((t) => !(t.field === 'name' && m.constants.name !== undefined))
    .map((t) => t.field);
}

/** The mapping's problems as "path: message" lines. */
export function describeMappingIssues(err: z.ZodError): string[] {
  return err.issues.map((i) => `${i.path.join('.') || '(mapping)'}: ${i.message}`);
}

/**
 * What an import can fill, per kind, as plain lists (no zod) so the web app's mapping step
 * can show them. `mapping.ts` validates mappings against these.
 */
export const IMPORT_KINDS = ['events', 'tickets', 'responses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const TRANSFORMS = ['date', 'epoch_us', 'epoch_ms', 'epoch_s', 'number', 'lowercase'] as const;
export type Transform = (typeof TRANSFORMS)[number];

/** How a target field's value is read when the mapping names no transform. */
export type FieldType = 'text' | 'time' | 'number' | 'rating';

export interface TargetField {
  field: string;
  type: FieldType;
  /** A row without it is rejected. */
  required?: boolean;
}

const f = (field: string, type: FieldType = 'text', required = false): TargetField =>
  required ? { field, type, required } : { field, type };

/** The fields a column can be mapped to, per kind (in the order the mapping table shows them). */
export const TARGET_FIELDS: Record<ImportKind, readonly TargetField[]> = {
  events: [
    f('name', 'text', true),
    f('timestamp', 'time', true),
    f('customerId'),
    f('sessionId'),
    f('touchpoint'),
    f('channel'),
    f('value', 'number'),
    f('url'),
    f('id'),
  ],
  tickets: [
    f('created', 'time', true),
    f('resolved', 'time'),
    f('channel'),
    f('subject'),
    f('description'),
    f('satisfaction', 'rating'),
    f('satisfactionComment'),
    f('customerId'),
    f('touchpoint'),
    f('id'),
  ],
  responses: [
    f('timestamp', 'time', true),
    f('nps', 'number'),
    f('csat', 'number'),
    f('ces', 'number'),
    f('comment'),
    f('customerId'),
    f('touchpoint'),
    f('journeyId'),
    f('channel'),
    f('language'),
    f('id'),
  ],
};

/** Constants a mapping may set for every row (a column of the same name wins). */
export const CONSTANT_FIELDS = ['touchpoint', 'channel', 'name', 'journeyId', 'language'] as const;
export type ConstantField = (typeof CONSTANT_FIELDS)[number];

export const BUILTIN_MAPPINGS = ['web-analytics', 'tickets', 'survey-export', 'orders'] as const;
export type BuiltinMappingName = (typeof BUILTIN_MAPPINGS)[number];
/** Other names accepted for the built-ins. */
export const BUILTIN_ALIASES: Record<string, BuiltinMappingName> = { ga4: 'web-analytics' };

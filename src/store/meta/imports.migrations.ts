import type { Migration } from 'kysely';

/** Meta-store migrations of the imports feature (named 00NN_imports…, applied in name order). */
export const importMigrations: Record<string, Migration> = {};

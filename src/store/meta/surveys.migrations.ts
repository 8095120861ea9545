import type { Migration } from 'kysely';

/** Meta-store migrations of the surveys feature (named 00NN_surveys…, applied in name order). */
export const surveyMigrations: Record<string, Migration> = {};

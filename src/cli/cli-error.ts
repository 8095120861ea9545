import type { z } from 'zod';

/** An error the user can fix; printed without a stack trace. */
export class CliError extends Error {}

/** Validates a command's options, naming each bad flag: `--customers: expected number`. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new CliError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

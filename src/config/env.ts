import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** The only reader of process.env: every setting Polku takes, validated once. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  POLKU_DATA_DIR: z.string().default('./data'),
  POLKU_PUBLIC_URL: z.url().optional(),
  POLKU_ADMIN_EMAIL: z.email().optional(),
  POLKU_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  POLKU_DEMO: bool.default(true),
  POLKU_DEMO_CUSTOMERS: z.coerce.number().int().min(0).max(1_000_000).default(3000),
  POLKU_DEMO_MONTHS: z.coerce.number().int().min(1).max(36).default(6),
  POLKU_COOKIE_SECURE: bool.optional(),
  /** off (default), on (trust every hop), a hop count, or comma-separated proxy addresses/CIDRs. */
  POLKU_TRUST_PROXY: z.string().max(500).default('off'),
  POLKU_DUCKDB_MEMORY_LIMIT: z.string().default('1GB'),
  POLKU_DUCKDB_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  POLKU_SMTP_URL: z
    .url()
    .refine((u) => /^smtps?:\/\//i.test(u), 'must start with smtp:// or smtps://')
    .optional(),
  POLKU_MAIL_FROM: z.string().min(3).max(200).default('Polku <polku@localhost>'),
  POLKU_MAIL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demo: boolean;
  demoCustomers: number;
  demoMonths: number;
  cookieSecure: boolean | undefined;
  /** Fastify's trustProxy: which X-Forwarded-* headers to believe (client IP for rate limits, protocol). */
  trustProxy: boolean | number | string[];
  duckdbMemoryLimit: string;
  duckdbThreads: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** SMTP server for survey invitations; without it they are written to `<dataDir>/outbox/`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  mailRatePerMinute: number;
}

export class ConfigError extends Error {}

function parseTrustProxy(v: string): boolean | number | string[] {
  const t = v.trim().toLowerCase();
  if (['', '0', 'off', 'false', 'no'].includes(t)) return false;
  if (['on', 'true', 'yes'].includes(t)) return true;
  if (/^\d+$/.test(t)) return Number(t);
  return t
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([k, v]) => k in EnvSchema.shape && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.POLKU_DATA_DIR),
    publicUrl: e.POLKU_PUBLIC_URL?.replace(/\/+$/, ''),
    adminEmail: e.POLKU_ADMIN_EMAIL,
    adminPassword: e.POLKU_ADMIN_PASSWORD,
    demo: e.POLKU_DEMO,
    demoCustomers: e.POLKU_DEMO_CUSTOMERS,
    demoMonths: e.POLKU_DEMO_MONTHS,
    cookieSecure: e.POLKU_COOKIE_SECURE,
    trustProxy: parseTrustProxy(e.POLKU_TRUST_PROXY),
    duckdbMemoryLimit: e.POLKU_DUCKDB_MEMORY_LIMIT,
    duckdbThreads: e.POLKU_DUCKDB_THREADS,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.POLKU_SMTP_URL,
    mailFrom: e.POLKU_MAIL_FROM,
    mailRatePerMinute: e.POLKU_MAIL_RATE_PER_MINUTE,
  };
}

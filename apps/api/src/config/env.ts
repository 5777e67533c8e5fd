import * as path from 'node:path';
import { z } from 'zod';

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const repoRoot = path.resolve(__dirname, '../../../..');

/** Every variable the API, the worker and the CLIs read. Validated once, at start. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .default('postgres://postgres@127.0.0.1:5432/recode'),
    /**
     * The owner's connection, used only by `migrate` (schema changes, then the runtime role's grants).
     * The API, worker and other CLIs use DATABASE_URL, whose user owns nothing (docs/security.md).
     * Unset: migrations run as DATABASE_URL's user and no runtime role is set up (a warning says so).
     */
    MIGRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only')
      .default('recode'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    DATA_DIR: z.string().default(path.resolve(repoRoot, '../shared/data')),
    UPLOAD_DIR: z.string().default(path.resolve(repoRoot, 'var/uploads')),
    /** Largest import file accepted; anything bigger is refused with 413 before it is stored. Default: just under 2 GiB. */
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(2 * 1024 ** 3 - 1),
    /**
     * Connections that write one import's buckets side by side (each bucket is its own transaction).
     * Two keeps a 2-CPU database busy while leaving room for everything else; more helps bigger servers.
     */
    IMPORT_WRITE_CONNECTIONS: z.coerce.number().int().min(1).max(8).default(2),
    /**
     * Operational switch: `off` stops the worker from grouping inpatient stays on import (no grouper DRG, no
     * DRG_GROUPER_DIFFERS flag on what it imports meanwhile); for an incident or to measure the grouper's cost.
     */
    IMPORT_GROUPER: z.enum(['on', 'off']).default('on'),
    COOKIE_SECURE: booleanString.default(false),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** Failed sign-ins allowed per client address per minute (successful ones are never limited). */
    LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_ORIGIN: z.string().optional(),
    /** How long a dashboard answer is reused for the same scope and filters (0 = never); within the 5 s freshness promise. */
    DASHBOARD_CACHE_MS: z.coerce.number().int().min(0).max(5_000).default(2_000),
    /**
     * Which peers may set X-Forwarded-For (loopback, linklocal, uniquelocal or IP/CIDR): the client address
     * in the audit log and the per-address sign-in limit come from it. Only one hop is trusted, the socket
     * peer, and only its last X-Forwarded-For entry is read (see common/trust-proxy.ts). Behind Docker's web proxy the peer is
     * on a private network, hence "loopback,uniquelocal" there.
     */
    TRUST_PROXY: z
      .string()
      .regex(
        /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*$/,
        'comma-separated loopback, linklocal, uniquelocal or IP/CIDR',
      )
      .default('loopback'),
  })
  .superRefine((env, ctx) => {
    // The owner's URL must reach the same database as the runtime's, or grants land somewhere else.
    if (!env.MIGRATION_DATABASE_URL) return;
    const place = (url: string): string => {
      const u = new URL(url);
      return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
    };
    if (place(env.MIGRATION_DATABASE_URL) !== place(env.DATABASE_URL)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MIGRATION_DATABASE_URL'],
        message: 'must name the same host, port and database as DATABASE_URL',
      });
    }
  });

export type AppConfig = z.infer<typeof envSchema>;
export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Parses the environment; the message names each bad variable so the operator can fix it. */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
  );
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

/** For process entry points: print the problem and stop, rather than start half-configured. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

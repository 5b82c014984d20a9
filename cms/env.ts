import { availableParallelism } from 'node:os'

import { z } from 'zod'

import { SQLITE_FILE } from './paths'

/** A setting is missing or malformed: one sentence that names the variable, no stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const DEV_SECRET = 'development-only-secret-do-not-use-in-production-0000'

const url = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback)
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback)
/** A count of processes: 1 to 64, one per core available unless set. */
const onePerCore = z.coerce
  .number()
  .int()
  .min(1)
  .max(64)
  .default(Math.min(64, availableParallelism()))
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PAYLOAD_SECRET: z.string().optional(),
  DATABASE_URI: z.string().optional(),
  DB_PUSH: flag,
  // SQLite's durability on every connection (WAL): FULL syncs the log at each commit; NORMAL syncs
  // at checkpoints only (an application crash loses nothing, a power cut the last commits).
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  SITE_URL: url('http://localhost:4321'),
  CMS_URL: url('http://localhost:3000'),
  SITE_PORT: port(4321),
  CMS_PORT: port(3000),
  SITE_HOST: z.string().min(1).default('127.0.0.1'),
  CMS_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: port(587),
  SMTP_SECURE: flag,
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.email().default('press@congress.local'),
  MAIL_FROM_NAME: z.string().default('Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau'),
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  // Memory of the site's cache of whole public answers (site/serve/responseCache.ts), in MB.
  SITE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  // Site processes sharing the site's port (node:cluster, site/serve/main.ts): one per core.
  SITE_PROCESSES: onePerCore,
  RATE_LIMIT_APPLY_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(20),
  RATE_LIMIT_STATUS_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(60),
  // Press-release e-mails sent per second at most (cms/distribution).
  DISTRIBUTION_RATE: z.coerce.number().int().min(1).max(500).default(20),
  RATE_LIMIT_SCANS_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(10),
  RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(60),
  TRUST_PROXY: flag,
  // The image processes (cms/lib/files/imagePool.ts): how many, how long a photo may wait for one
  // before the form answers 503, and their priority (nice 0–19; higher yields more to pages).
  IMAGE_WORKERS: onePerCore,
  IMAGE_QUEUE_WAIT_MS: z.coerce.number().int().min(1).max(600_000).default(30_000),
  IMAGE_WORKER_NICE: z.coerce.number().int().min(0).max(19).default(5),
  // Live coverage streams one client (address) may hold at once (site/serve/live).
  LIVE_STREAMS_PER_CLIENT: z.coerce.number().int().min(1).max(1_000_000).default(4),
  // Retention (personal data law): see cms/lib/lifecycle/retention.ts and `npm run purge`.
  RETENTION_DOCUMENTS_DAYS_AFTER_EVENT: z.coerce.number().int().min(0).max(3650).default(30),
  RETENTION_CLOSED_APPLICATIONS_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  RETENTION_CHECKINS_DAYS_AFTER_EVENT: z.coerce.number().int().min(0).max(3650).default(90),
})

export type Env = z.infer<typeof schema> & {
  PAYLOAD_SECRET: string
  DATABASE_URI: string
  databaseKind: 'sqlite' | 'mongodb'
}

function databaseKind(uri: string): Env['databaseKind'] {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = uri.includes(':') ? uri.slice(0, uri.indexOf(':') + 1) : uri || '(empty)'
  throw new ConfigError(
    `DATABASE_URI must start with file: (SQLite), mongodb:// or mongodb+srv:// — got "${scheme}".`,
  )
}

/** Parse and check the environment once; every process calls this before it does anything else. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty line in .env (`SMTP_HOST=`) means "not set", as it reads.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  )
  const parsed = schema.safeParse(present)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new ConfigError(`${String(issue.path[0])} is not valid: ${issue.message}.`)
  }
  const env = parsed.data
  let secret = env.PAYLOAD_SECRET?.trim()
  if (!secret) {
    // `next build` loads the config to collect pages; no request is served with this secret.
    const building = source.NEXT_PHASE === 'phase-production-build'
    if (env.NODE_ENV === 'production' && !building) {
      throw new ConfigError(
        'PAYLOAD_SECRET is not set: production needs a random secret of at least 32 characters.',
      )
    }
    secret = DEV_SECRET
  } else if (secret.length < 32) {
    throw new ConfigError(
      'PAYLOAD_SECRET is too short: use a random secret of at least 32 characters.',
    )
  }
  const uri = env.DATABASE_URI?.trim() || `file:${SQLITE_FILE}`
  return { ...env, PAYLOAD_SECRET: secret, DATABASE_URI: uri, databaseKind: databaseKind(uri) }
}

let cached: Env | undefined

export function getEnv(): Env {
  if (!cached) {
    cached = parseEnv(process.env)
  }
  return cached
}

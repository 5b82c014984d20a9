import type { Payload } from 'payload'
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import { getEnv } from '../env'
import { now } from '../lib/time'
import { type LimitName, type LimitRule, limitRules } from './limits'
import { RateLimiterSqlite, SqliteRateLimitConnection } from './sqliteStore'

export type { LimitName } from './limits'

/** A request counted: allowed, or refused with the seconds until its window ends (Retry-After). */
export type Verdict = { allowed: boolean; retryAfterSeconds: number }

/**
 * Rate limits shared by every process on the portal's own database (rate-limiter-flexible): on
 * MongoDB the `rate-limits` collection (RateLimiterMongo on Payload's connection, expired windows
 * removed by a TTL index), on SQLite the `rate_limits` table (`./sqliteStore`). So the site's
 * processes, the admin and several machines behind a proxy count together. Each limit is a fixed
 * window per key. When the database cannot take a count in time, it is counted in this process's
 * memory instead (the insurance limiter): a request is never failed for want of a count.
 */
export async function hit(payload: Payload, name: LimitName, key: string): Promise<Verdict> {
  const rule = limitRules(getEnv())[name] as LimitRule
  let period: { key: string; msLeft: number } | undefined
  if (rule.byPortalClock) {
    const at = now().getTime()
    const index = Math.floor(at / rule.windowMs)
    period = { key: `${key}@${index}`, msLeft: (index + 1) * rule.windowMs - at }
  }
  try {
    const res = await limiter(payload, name).consume(period?.key ?? key)
    return { allowed: true, retryAfterSeconds: seconds(period?.msLeft ?? res.msBeforeNext) }
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    const msLeft = period?.msLeft ?? refusal.msBeforeNext
    return { allowed: false, retryAfterSeconds: Math.max(1, seconds(msLeft)) }
  }
}

/** Counts one more against `key` without ever refusing; returns the count in the window. */
export async function count(payload: Payload, name: LimitName, key: string): Promise<number> {
  return (await limiter(payload, name).penalty(key)).consumedPoints
}

/** Takes back one request counted in the current window (e.g. a sign-in that succeeded). */
export async function giveBack(payload: Payload, name: LimitName, key: string): Promise<void> {
  await limiter(payload, name).reward(key)
}

/** Forgets the key's window altogether. */
export async function forget(payload: Payload, name: LimitName, key: string): Promise<void> {
  await limiter(payload, name).delete(key)
}

const seconds = (ms: number) => Math.ceil(Math.max(ms, 0) / 1000)

type Stores = { limiters: Map<LimitName, RateLimiterAbstract>; sqlite?: SqliteRateLimitConnection }
const byDatabase = new WeakMap<object, Stores>()

function limiter(payload: Payload, name: LimitName): RateLimiterAbstract {
  let stores = byDatabase.get(payload.db)
  if (!stores) {
    stores = { limiters: new Map() }
    byDatabase.set(payload.db, stores)
  }
  let made = stores.limiters.get(name)
  if (!made) {
    made = makeLimiter(payload, stores, name, limitRules(getEnv())[name])
    stores.limiters.set(name, made)
  }
  return made
}

function makeLimiter(
  payload: Payload,
  stores: Stores,
  name: LimitName,
  rule: LimitRule,
): RateLimiterAbstract {
  const duration = rule.windowMs / 1000
  const options = {
    keyPrefix: name,
    points: rule.points,
    duration,
    // The library's own memory limiter, with the same allowance, while the database is unavailable.
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration }),
    // Once refused, a key stays refused in this process's memory until its window ends.
    ...(rule.refuseFromMemory ? { inMemoryBlockOnConsumed: rule.points + 1 } : {}),
  }
  const db = payload.db as unknown as {
    name: string
    connection?: { getClient(): unknown; name: string }
    clientConfig?: { url: string }
  }
  if (db.name === 'mongoose' && db.connection)
    return new RateLimiterMongo({
      ...options,
      storeClient: db.connection.getClient(),
      dbName: db.connection.name,
      tableName: 'rate-limits',
    })
  if (db.name === 'sqlite' && db.clientConfig) {
    stores.sqlite ??= new SqliteRateLimitConnection(db.clientConfig.url)
    return new RateLimiterSqlite({ ...options, storeClient: stores.sqlite })
  }
  throw new Error(`rate limits: no store for the ${db.name} database`)
}

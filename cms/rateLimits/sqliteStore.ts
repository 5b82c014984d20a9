import { type Client, createClient, type InStatement } from '@libsql/client'
import { type IRateLimiterStoreOptions, RateLimiterRes } from 'rate-limiter-flexible'
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

/** The table of the `rate_limits` migration: one row per limited key, `expire` in epoch ms. */
const TABLE = 'rate_limits'
/** A write that cannot get the database in this time is counted in memory instead (insurance). */
const WAIT_MS = 2000
const SWEEP_EVERY_MS = 5 * 60_000

type Row = { points: number; expire: number | null }

/**
 * The portal's SQLite file as a rate-limit store, for every process that opens it (the site's
 * processes, the admin, scripts). rate-limiter-flexible's own SQLite store takes only sqlite3,
 * better-sqlite3 or knex, and its Drizzle store would write on Payload's connection outside the
 * write queue of serialiseSqliteWrites: libsql waits for a lock there synchronously (busy_timeout,
 * the event loop blocked), so a limit counted while this process's own transaction holds the lock
 * would stall it for seconds. Hence a connection of its own to the same file, which never waits
 * synchronously (busy_timeout 0) but retries a busy database with short async pauses, for at most
 * WAIT_MS; every count is one UPSERT … RETURNING, atomic across processes.
 */
export class SqliteRateLimitConnection {
  private client!: Client
  private ready!: Promise<unknown>
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly url: string) {
    this.open()
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS)
    this.sweeper.unref()
  }

  /**
   * A fresh connection. Also after any failed statement: libsql finalises a statement only when it
   * is garbage-collected, and until then a write that failed (SQLITE_BUSY) keeps the connection's
   * implicit transaction open, so every later count on it would stay uncommitted (seen in tests).
   */
  private open(): void {
    const previous = this.client
    this.client = createClient({ url: this.url })
    // Counts need not survive a power cut: WAL with synchronous=NORMAL skips the fsync per write.
    this.ready = this.client.executeMultiple(
      'PRAGMA busy_timeout = 0; PRAGMA synchronous = NORMAL;',
    )
    previous?.close()
  }

  async execute(statement: InStatement): Promise<Row | undefined> {
    const until = Date.now() + WAIT_MS
    for (let pause = 1; ; pause = Math.min(pause * 2, 25)) {
      try {
        await this.ready
        const result = await this.client.execute(statement)
        return result.rows[0] as unknown as Row | undefined
      } catch (error) {
        this.open()
        if (!/SQLITE_BUSY|database is locked/.test(String(error)) || Date.now() > until) throw error
        await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause))
      }
    }
  }

  /** Removes the rows whose window has ended (any process may; MongoDB does it with a TTL index). */
  async sweep(at = Date.now()): Promise<void> {
    await this.execute({ sql: `DELETE FROM ${TABLE} WHERE expire <= ?`, args: [at] })
  }

  close(): void {
    clearInterval(this.sweeper)
    this.client.close()
  }
}

type Options = IRateLimiterStoreOptions & { storeClient: SqliteRateLimitConnection }

export class RateLimiterSqlite extends RateLimiterStoreAbstract {
  private readonly connection: SqliteRateLimitConnection

  constructor(options: Options) {
    super(options)
    this.connection = options.storeClient
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row): RateLimiterRes {
    const msBeforeNext = row.expire === null ? -1 : Math.max(row.expire - Date.now(), 0)
    return new RateLimiterRes(
      Math.max(this.points - row.points, 0),
      msBeforeNext,
      row.points,
      row.points === changedPoints,
    )
  }

  /** Adds `points` to the key's window, or starts a new window when there is none or it ended. */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const at = Date.now()
    const expire = msDuration > 0 ? at + msDuration : null
    const ended = `(${TABLE}.expire IS NOT NULL AND ${TABLE}.expire <= ?4)`
    const row = await this.connection.execute({
      sql: `INSERT INTO ${TABLE} (key, points, expire) VALUES (?1, ?2, ?3)
        ON CONFLICT (key) DO UPDATE SET
          points = ${forceExpire ? '?2' : `CASE WHEN ${ended} THEN ?2 ELSE ${TABLE}.points + ?2 END`},
          expire = ${forceExpire ? '?3' : `CASE WHEN ${ended} THEN ?3 ELSE ${TABLE}.expire END`}
        RETURNING points, expire`,
      args: [key, points, expire, at],
    })
    if (!row) throw new Error(`rate limit: no row returned for ${key}`)
    return row
  }

  async _get(key: string) {
    const row = await this.connection.execute({
      sql: `SELECT points, expire FROM ${TABLE} WHERE key = ? AND (expire IS NULL OR expire > ?)`,
      args: [key, Date.now()],
    })
    return row ?? null
  }

  async _delete(key: string) {
    const row = await this.connection.execute({
      sql: `DELETE FROM ${TABLE} WHERE key = ? RETURNING points, expire`,
      args: [key],
    })
    return row !== undefined
  }
}

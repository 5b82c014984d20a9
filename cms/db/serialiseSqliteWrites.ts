import v8 from 'node:v8'
import vm from 'node:vm'

import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

import { WriterConnection } from './writerConnection'

/**
 * SQLite allows one writer at a time, and libsql's file client neither honours busy_timeout on
 * the extra connection each transaction opens nor waits without blocking the event loop. So:
 *
 * - in this process, write transactions queue behind each other (an async mutex), so two
 *   requests never fight over the lock and the event loop never spins waiting for itself;
 * - each transaction starts with BEGIN IMMEDIATE, taking the write lock up front (a deferred
 *   transaction that upgrades later fails at once, whatever the timeout);
 * - when the other process (admin or site) holds the lock, BEGIN is retried with short async
 *   pauses for up to `waitMs` before the request fails with SQLITE_BUSY; so is a COMMIT that
 *   meets a statement still in progress;
 * - given the database's `url`, write transactions run on one connection kept for them
 *   (writerConnection.ts), with `synchronous` (the durability of a commit) set on it once, and a
 *   write sent outside a transaction becomes a transaction of its own in the queue
 *   (queueLoneWrites); without, libsql hands each transaction the client's connection and opens a
 *   new one for what follows, so `synchronous` is set on the connection each one is about to take.
 */
export function serialiseSqliteWrites(
  client: Client,
  {
    waitMs = 10_000,
    synchronous = 'FULL',
    url,
  }: {
    waitMs?: number
    synchronous?: 'FULL' | 'NORMAL'
    /** The database's address: write transactions then share one connection of their own. */
    url?: string
  } = {},
): void {
  const original = client.transaction.bind(client)
  const writer = url ? new WriterConnection(url, synchronous) : null
  if (writer) queueLoneWrites(client)
  let queue: Promise<void> = Promise.resolve()

  client.transaction = async (_mode?: TransactionMode): Promise<Transaction> => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = queue
    queue = queue.then(() => turn)

    try {
      // Inside the try: a wait that times out must still give up its turn, or every later write
      // in this process would queue behind it for ever (seen after a kill -9 of the other process).
      await waitTurn(previous, waitMs)
      // BEGIN runs on the connection the reads used. Once that connection is stuck on an old
      // snapshot, BEGIN IMMEDIATE fails with SQLITE_BUSY_SNAPSHOT on every try (seen after a kill -9
      // of the admin in the middle of writes, `npm run fault:kill`): hand that connection to a
      // throw-away deferred transaction and close it, so the client opens a fresh one.
      const transaction = await retryWhileBusy(
        async () => {
          if (writer) return writer.begin()
          await client.execute(`PRAGMA synchronous = ${synchronous}`)
          return original('write')
        },
        waitMs,
        async (error) => {
          if (!/BUSY_SNAPSHOT/.test(String((error as Error)?.message ?? error))) return
          if (writer) return writer.reopen()
          const stale = await original('deferred').catch(() => null)
          stale?.close()
        },
      )
      let released = false
      const done = () => {
        if (released) return
        released = true
        release()
      }
      for (const method of ['commit', 'rollback'] as const) {
        const end = transaction[method].bind(transaction)
        transaction[method] = async () => {
          try {
            // A read of the same request may still be stepping on this connection ("SQL statements
            // in progress"); Payload would swallow that failed COMMIT and report success, losing the
            // write. So wait for it and try again.
            return await retryWhileBusy(end, waitMs, collectGarbage)
          } catch (error) {
            console.error(`[sqlite] ${method} failed:`, error)
            throw error
          } finally {
            done()
          }
        }
      }
      const close = transaction.close.bind(transaction)
      transaction.close = () => {
        try {
          close()
        } finally {
          done()
        }
      }
      return transaction
    } catch (error) {
      release()
      throw error
    }
  }
}

const READS = /^\s*(select|pragma|explain)\b/i

/**
 * Payload writes a few things outside any transaction (it deletes finished jobs so). On the reads'
 * connection such a write would wait for the writer's lock synchronously (busy_timeout), blocking
 * the event loop the writer needs to finish: each becomes a write transaction of its own, queued.
 */
function queueLoneWrites(client: Client): void {
  const read = client.execute.bind(client)
  client.execute = (async (statement: InStatement, args?: unknown) => {
    const whole =
      typeof statement === 'string' ? { sql: statement, args: (args ?? []) as never } : statement
    if (READS.test(whole.sql)) return read(whole)
    const transaction = await client.transaction('write')
    try {
      const result = await transaction.execute(whole)
      await transaction.commit()
      return result
    } finally {
      transaction.close()
    }
  }) as Client['execute']
}

async function waitTurn(previous: Promise<void>, waitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `SQLite write queue: waited more than ${waitMs} ms for a transaction to finish.`,
          ),
        ),
      waitMs,
    )
  })
  try {
    await Promise.race([previous, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const isBusy = (error: unknown) =>
  /SQLITE_BUSY|database is locked/.test(String((error as Error)?.message ?? error))

/**
 * Whether a write failed only because the database was too busy to take it in time (the queue
 * above waited `waitMs`, or the other process kept the lock): an overload, answered 503 with
 * Retry-After, never a 500. Payload wraps it ("cannot begin transaction: …").
 */
export const isDatabaseBusy = (error: unknown): boolean =>
  isBusy(error) || /SQLite write queue: waited/.test(String((error as Error)?.message ?? error))

async function retryWhileBusy<T>(
  attempt: () => Promise<T>,
  waitMs: number,
  beforeRetry?: (error: unknown) => void | Promise<void>,
): Promise<T> {
  const until = Date.now() + waitMs
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      return await attempt()
    } catch (error) {
      if (!isBusy(error) || Date.now() > until) throw error
      await beforeRetry?.(error)
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause))
    }
  }
}

let gc: (() => void) | undefined

/**
 * libsql finalises a statement only when the JavaScript object holding it is collected, and an
 * unfinalised write statement blocks COMMIT. A garbage collection releases it; this runs only on
 * that rare failed COMMIT.
 */
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  }
  gc()
}

import { isDatabaseBusy } from '~/cms/db/serialiseSqliteWrites'

/**
 * Too much work waiting (the image processes' queue, see cms/lib/files/imagePool.ts): nothing was
 * written, and the visitor may send the same form again a little later.
 */
export class ServerBusyError extends Error {
  override name = 'ServerBusyError'
}

/**
 * Whether an action failed only because the server was overloaded: the write queue or the image
 * queue waited too long, or the other process kept SQLite's lock. Answered 503 with Retry-After,
 * never a 500.
 */
export const isOverload = (error: unknown): boolean =>
  error instanceof ServerBusyError || isDatabaseBusy(error)

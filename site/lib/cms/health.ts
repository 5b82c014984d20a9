import { isOverload } from '~/cms/lib/overload'
import { payloadClient } from './payload'

/** Whether the site can read the database: the site's /health answers with this. */
export async function databaseIsReachable(): Promise<boolean> {
  try {
    const payload = await payloadClient()
    await payload.count({ collection: 'news', overrideAccess: false, user: null })
    return true
  } catch {
    return false
  }
}

/**
 * Whether `error` is an outage rather than a bug: the server is overloaded (a write or image queue
 * waited too long) or the database is out of reach. The form then says "paused" with a 503 and
 * Retry-After: nothing was written, the visitor sends again.
 */
export async function isOutage(error: unknown): Promise<boolean> {
  if (isOverload(error)) {
    console.error('[site] overloaded, answered 503:', (error as Error).message)
    return true
  }
  if (await databaseIsReachable()) return false
  console.error('[site] database unavailable:', error)
  return true
}

/**
 * The result of `work`, or null when it failed because of an outage (isOutage). Any other failure
 * is thrown on: it is a bug, not an outage. Forms that do not say "paused" themselves get the
 * same 503 from the site's middleware (site/lib/busy.ts).
 */
export async function unlessDatabaseDown<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work
  } catch (error) {
    if (await isOutage(error)) return null
    throw error
  }
}

import { isDatabaseBusy } from '~/cms/db/serialiseSqliteWrites'
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
 * The result of `work`, or null when it failed because the database is out of reach or too busy
 * to take the write in time (the caller then says "paused" with a 503 and Retry-After: nothing was
 * written, the visitor sends again). Any other failure is thrown on: it is a bug, not an outage.
 */
export async function unlessDatabaseDown<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work
  } catch (error) {
    if (isDatabaseBusy(error)) {
      console.error('[site] database busy, answered 503:', (error as Error).message)
      return null
    }
    if (await databaseIsReachable()) throw error
    console.error('[site] database unavailable:', error)
    return null
  }
}

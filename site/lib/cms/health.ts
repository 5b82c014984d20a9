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

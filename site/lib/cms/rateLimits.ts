import { hit, type LimitName, type Verdict } from '~/cms/rateLimits'
import { payloadClient } from './payload'

/** Counts one request against a limit, in the store every site process and the admin share. */
export async function countRequest(limit: LimitName, key: string): Promise<Verdict> {
  return hit(await payloadClient(), limit, key)
}

import type { PayloadRequest, Where } from 'payload'
import { extractID } from 'payload/shared'

import { identityKey } from '../lib/accreditation/identity'
import type { AccreditationRequest, Journalist } from '../payload-types'

/**
 * Every application of the person behind a press account, past and current: the one the account
 * was opened from, and every other with the same document (type and number), whatever its event.
 * Read past access (the portal's own lookup); callers show the journalist only their own.
 */
export async function journalistApplications(
  req: PayloadRequest,
  account: Pick<Journalist, 'request' | 'idType' | 'idNumber'>,
): Promise<AccreditationRequest[]> {
  const or: Where[] = [{ id: { equals: extractID(account.request) } }]
  if (account.idType && account.idNumber) {
    const key = identityKey(account.idType, account.idNumber)
    or.push({ identityKey: { equals: key } })
  }
  const { docs } = await req.payload.find({
    collection: 'accreditation-requests',
    where: { or },
    depth: 0,
    pagination: false,
    sort: '-createdAt',
    overrideAccess: true,
    req,
    context: { lifecycle: true },
  })
  return docs
}

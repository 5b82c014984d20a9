import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { journalistApplications } from '~/cms/profile/journalistApplications'
import type { Journalist, Pass } from '~/cms/payload-types'

/**
 * Every pass of the person behind a press account (any status), read past access: a journalist
 * cannot read passes through REST, but the portal must know which of theirs are in a pool and
 * which events they are accredited to.
 */
export async function passesOf(
  req: PayloadRequest,
  account: Pick<Journalist, 'request' | 'idType' | 'idNumber'>,
): Promise<Pass[]> {
  const applications = await journalistApplications(req, account)
  if (applications.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: { request: { in: applications.map((a) => a.id) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** The events for which the journalist holds a valid (active) pass: the press of those events. */
export const accreditedEventsOf = (passes: Pass[]): (number | string)[] => [
  ...new Set(
    passes
      .filter((pass) => pass.status === 'active' && pass.event != null)
      .map((pass) => extractID(pass.event!)),
  ),
]

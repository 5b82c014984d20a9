import type { Payload } from 'payload'
import { extractID } from 'payload/shared'

import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import type { AccreditationRequest } from '~/cms/payload-types'
import type { PassAtDoor } from './findScannedPass'

export type HolderAtDoor = { name: string; outlet: string; role: string }

/**
 * Who holds the pass, for check-in staff's visual match: name, outlet and role only (its request
 * read with those fields and the outlet's name, nothing else populated). Read with access
 * overridden, so it is not a staff member opening the application (no access-log entry).
 */
export async function holderAtDoor(payload: Payload, pass: PassAtDoor): Promise<HolderAtDoor> {
  const request = (await payload.findByID({
    collection: 'accreditation-requests',
    id: extractID(pass.request),
    depth: 1,
    overrideAccess: true,
    joins: false,
    select: { fullName: true, role: true, outlet: true, outletOther: true },
    populate: { outlets: { name: true } },
  })) as Pick<AccreditationRequest, 'fullName' | 'role' | 'outlet' | 'outletOther'>
  return { name: request.fullName, outlet: outletDisplayName(request), role: request.role }
}

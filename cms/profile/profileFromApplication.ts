import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { identityKey } from '../lib/accreditation/identity'
import type { AccreditationRequest } from '../payload-types'

/** The application as stored, read past field access (its ID number and files). */
export const storedApplication = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({
    collection: 'accreditation-requests',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    context: { lifecycle: true },
  })

/** The person (document type and number), whatever event the application belongs to. */
export const personKey = (application: AccreditationRequest): string | null =>
  application.idType && application.idNumber
    ? identityKey(application.idType, application.idNumber)
    : null

/**
 * The profile an approved application leaves on the press account, for the journalist's next
 * application (written by the approval itself: AccreditationRequests/hooks/openPressAccount.ts).
 * The portrait's date is the day the photo was first uploaded, which a copy made from the
 * profile keeps (applicant-files `takenAt`).
 */
export async function profileFrom(req: PayloadRequest, application: AccreditationRequest) {
  const portraitId = application.portrait == null ? null : extractID(application.portrait)
  const portrait = portraitId
    ? await req.payload
        .findByID({
          collection: 'applicant-files',
          id: portraitId,
          depth: 0,
          overrideAccess: true,
          req,
          select: { takenAt: true, createdAt: true, purgedAt: true },
        })
        .catch(() => null)
    : null
  const live = portrait && !portrait.purgedAt
  return {
    dateOfBirth: application.dateOfBirth,
    nationality: application.nationality,
    idType: application.idType,
    idNumber: application.idNumber,
    pressCardNumber: application.pressCardNumber ?? null,
    outlet: application.outlet == null ? null : extractID(application.outlet),
    outletOther: application.outletOther ?? null,
    role: application.role,
    phone: application.phone,
    portrait: live ? portraitId : null,
    portraitDate: live ? (portrait.takenAt ?? portrait.createdAt) : null,
    profileClearedAt: null,
  }
}

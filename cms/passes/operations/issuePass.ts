import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import type { PressRole } from '~/cms/lib/accreditation/quota'
import { eventPassDays, eventPassZones } from '~/cms/lib/passes/checkInLists'
import { defaultZones, passNumberFor, type Zone } from '~/cms/lib/passes/zones'
import { canHandleAccreditation } from '~/cms/lib/roles'
import type { Event, Pass } from '~/cms/payload-types'
import { passOfRequest } from '../passOfRequest'
import { passRefusal } from '../refusals'
import { reactivatePass } from './revokePass'

export type PassOperationOptions = {
  /** Set by the request's own hooks: the request's change was already authorised there. */
  overrideAccess?: boolean
  /**
   * Whether the holder gets the pass's notice (revoked, changed, re-issued): yes unless the change
   * is part of a decision on the request, whose own e-mail speaks for it.
   */
  notify?: boolean
}

/**
 * Issues the press pass of an approved request: a new pass (number, random serial, the request's
 * days, the role's zones), or the old one re-activated with a new version. Idempotent: an active
 * pass is returned as it is. Runs in the caller's transaction when there is one.
 */
export async function issuePass(
  req: PayloadRequest,
  input: { requestId: number | string },
  options: PassOperationOptions = {},
): Promise<Pass> {
  if (!options.overrideAccess && !canHandleAccreditation(req.user))
    throw passRefusal(req, 'not-allowed')
  return inTransaction(req, async (req) => {
    const request = await req.payload.findByID({
      collection: 'accreditation-requests',
      id: input.requestId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!request) throw passRefusal(req, 'not-found')
    if (request.status !== 'approved') throw passRefusal(req, 'request-not-approved-issue')
    const existing = await passOfRequest(req, request.id)
    if (!existing) {
      const event = await req.payload.findByID({
        collection: 'events',
        id: extractID(request.event as number | Event),
        depth: 0,
        overrideAccess: true,
        req,
      })
      return req.payload.create({
        collection: 'passes',
        overrideAccess: true,
        req,
        // The serial, version and status are set by the collection's rules (enforcePassRules).
        data: {
          passNumber: passNumberFor(
            event.passPrefix,
            request.referenceNumber ?? Number(request.id),
          ),
          event: event.id,
          request: request.id,
          version: 1,
          status: 'active',
          // Only this event's days and zones: the role's zones the event has (all of them if it names none).
          days: eventPassDays(event, request.days ?? []),
          zones: eventPassZones(event, defaultZones(request.role as PressRole)) as Zone[],
        },
      })
    }
    if (existing.status === 'revoked')
      return reactivatePass(
        req,
        { id: existing.id, days: request.days ?? existing.days },
        { overrideAccess: true, notify: options.notify },
      )
    return existing
  })
}

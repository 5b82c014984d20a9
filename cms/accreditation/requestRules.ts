import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { applicantGrant } from '../access/applicant'
import {
  applicationKey,
  checkApplication,
  localDateTime,
} from '../lib/accreditation/applicationWindow'
import { identityKey, normaliseIdNumber } from '../lib/accreditation/identity'
import type { PressRole } from '../lib/accreditation/quota'
import { checkTransition, decisionNote, type Status } from '../lib/accreditation/statusFlow'
import { newStatusSecret } from '../lib/accreditation/statusToken'
import { now } from '../lib/time'
import type { AccreditationRequest, Event } from '../payload-types'
import { actorOf } from './actor'
import { freePlace, takeQuotaPlace } from './quotaPlace'
import { refuse } from './refuse'
import { earlierOnWaitingList } from './waitingListQueries'

type RequestData = Partial<AccreditationRequest>

const idOf = (value: AccreditationRequest['outlet'] | Event | number | undefined | null) =>
  value == null ? null : extractID(value)

/** The event a request names, or a 400 when it names none (a 404 for one that does not exist). */
async function eventNamed(req: PayloadRequest, ref: RequestData['event']): Promise<Event> {
  const id = idOf(ref)
  if (id == null) refuse(req, 'no-event', 400)
  const event = await req.payload.findByID({
    collection: 'events',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return event ?? refuse(req, 'no-event', 404)
}

/**
 * What every new request gets, whoever creates it (the applicant's form, REST, the admin, a
 * script), and what it must be:
 * - its event takes applications now (open, not over, within its window), the days chosen are
 *   days of that event still to come, and the applicant accepted the event's rules version;
 * - one request per person per event (`applicationKey`: refused with a 409, nothing stored);
 * - when the outlet's quota for the role is full, the request may only join the waiting list, and
 *   only when that was asked for (status "waitlisted" in the data); otherwise it is "submitted";
 * - its status-link secret and keys.
 * Called by the collection's beforeChange hook (which adds the reference), so no door can go around it.
 */
export async function prepareNewApplication(
  req: PayloadRequest,
  data: RequestData,
): Promise<RequestData> {
  const actor = actorOf(req)
  if (!actor) refuse(req, 'not-allowed-create', 403)
  const wish = data.status ?? 'submitted'
  if (wish !== 'submitted' && wish !== 'waitlisted') refuse(req, 'starts-submitted', 400)

  const event = await eventNamed(req, data.event)
  const at = now()
  const problem = checkApplication(
    event,
    {
      days: (data.days ?? []).map(String),
      // Staff enter a request on the applicant's behalf; only an applicant accepts rules here.
      rulesVersion: actor === 'applicant' ? (data.rulesVersion ?? '') : event.pressRulesVersion,
    },
    at,
  )
  if (problem?.code === 'event-not-yet' || problem?.code === 'event-window-closed')
    refuse(req, problem.code, 409, problem.at ? localDateTime(problem.at) : undefined)
  if (problem) refuse(req, problem.code, problem.code.startsWith('event-') ? 409 : 400)

  const person = identityKey(data.idType as 'cccd' | 'passport', String(data.idNumber ?? ''))
  const key = applicationKey(event.id, person)
  const { totalDocs } = await req.payload.count({
    collection: 'accreditation-requests',
    where: { applicationKey: { equals: key } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) refuse(req, 'already-applied', 409)

  const outletId = idOf(data.outlet)
  let status: Status = 'submitted'
  if (outletId != null) {
    const scope = { eventId: event.id, outletId, role: data.role as PressRole }
    const { place } = await freePlace(req, scope)
    if (!place && wish !== 'waitlisted') refuse(req, 'quota-full', 409)
    if (!place) status = 'waitlisted'
  }

  // When consent was given is a fact of the real clock, not of the rules' (tests move `now`).
  const stamp = new Date().toISOString()
  const grant = applicantGrant(req)
  return {
    ...data,
    event: event.id,
    status,
    reasonCode: null,
    decisionMessage: null,
    // Unique keys are left out rather than null: MongoDB's sparse unique index counts nulls.
    quotaPlace: undefined,
    idNumber: normaliseIdNumber(String(data.idNumber ?? '')),
    identityKey: person,
    applicationKey: key,
    idempotencyKey: grant?.idempotencyKey ?? undefined,
    statusSecret: newStatusSecret(),
    rulesAcceptedAt: actor === 'applicant' ? stamp : null,
    dataConsentAt: actor === 'applicant' ? stamp : null,
  }
}

/**
 * The rules of every change to a request, whichever door it comes through (site operation, REST
 * PATCH, admin form, admin bulk edit):
 * - a request stays with the event it was made for (a 400 for a move: apply to the other event);
 * - a change of status follows the status flow for the caller (staff or the applicant);
 * - a decision that needs a reason and a message gets them in the same change: one left from an
 *   earlier decision is never reused, and both are cleared when the request leaves such a status;
 * - an approved request holds a quota place for its event, outlet and role: taken on approval and
 *   again whenever the outlet or role of an approved request changes (refused when full), given
 *   back when it leaves "approved" or has no listed outlet (the officer decides those case by case);
 * - a new approval never overtakes the waiting list: while someone who applied earlier waits for
 *   this outlet and role, the free place is theirs (refused with a 409).
 */
export async function checkApplicationChange(
  req: PayloadRequest,
  data: RequestData,
  original: AccreditationRequest,
): Promise<RequestData> {
  const from = original.status as Status
  const to = (data.status ?? from) as Status
  const next: RequestData = { ...data }
  // Its window, days, rules, quotas and one-per-person key were those of its event.
  if (data.event != null && String(idOf(data.event)) !== String(idOf(original.event)))
    refuse(req, 'event-fixed', 400)

  if (to !== from) {
    const actor = actorOf(req)
    if (!actor) refuse(req, 'not-allowed-status', 403)
    const verdict = checkTransition({
      from,
      to,
      actor,
      reasonCode: data.reasonCode,
      message: data.decisionMessage,
      previous: { reasonCode: original.reasonCode, message: original.decisionMessage },
    })
    if (!verdict.ok) refuse(req, verdict.error, 400)
    const note = decisionNote(to, { reasonCode: data.reasonCode, message: data.decisionMessage })
    Object.assign(next, { reasonCode: note.reasonCode, decisionMessage: note.message })
  }

  if (to !== 'approved') return original.quotaPlace ? { ...next, quotaPlace: null } : next

  const outletId = idOf(data.outlet !== undefined ? data.outlet : original.outlet)
  const role = (data.role ?? original.role) as PressRole
  const moved =
    String(outletId ?? '') !== String(idOf(original.outlet) ?? '') || role !== original.role
  if (from === 'approved' && !moved) return next
  if (!outletId) return { ...next, quotaPlace: null }
  const eventId = idOf(original.event) as number | string
  const scope = { eventId, outletId, role }
  if (from !== 'approved' && (await earlierOnWaitingList(req, scope, original)))
    refuse(req, 'waitlist-order', 409)
  return { ...next, quotaPlace: await takeQuotaPlace(req, scope, original.id) }
}

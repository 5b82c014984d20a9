import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { languageOf } from '~/cms/auth/request'
import { inTransaction } from '~/cms/db/inTransaction'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { getEnv } from '~/cms/env'
import { localDateTime } from '~/cms/lib/accreditation/applicationWindow'
import { interviewStatusLabels } from '~/cms/lib/interviews/interviewLabels'
import { interviewCalendar, scheduledEmail } from '~/cms/lib/interviews/interviewEmails'
import {
  type BookedSlot,
  CAN_SCHEDULE,
  roomKey,
  slotConflict,
  slotProblem,
} from '~/cms/lib/interviews/interviewRules'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { localDate, now } from '~/cms/lib/time'
import type { InterviewRequest } from '~/cms/payload-types'
import { daysOf, loadDelegation, loadEvent } from '../interviewParties'
import {
  auditInterview,
  interviewReference,
  loadInterview,
  writeInterview,
} from '../interviewStore'
import { refuseInterview, refuseInterviewField } from '../refuse'

const asDate = (value: unknown): Date => new Date(typeof value === 'string' ? value : NaN)

/**
 * An officer gives an accepted request its slot (start, end) and room. A slot that overlaps
 * another interview in the same room, or another of the same journalist, is refused at its field
 * with the other interview named. Both sides are e-mailed the time with an .ics file. Changing a
 * scheduled slot is the same call (both sides get the new time; the calendar entry keeps its UID).
 */
export async function scheduleInterview(
  req: PayloadRequest,
  input: { id: unknown; start: unknown; end: unknown; room: unknown },
): Promise<InterviewRequest> {
  if (!canHandleAccreditation(req.user)) refuseInterview(req, 'not-staff', 403)
  const request = await loadInterview(req, input.id)
  if (!CAN_SCHEDULE.includes(request.status))
    refuseInterview(
      req,
      'cannot-schedule',
      409,
      interviewStatusLabels[request.status][languageOf(req)],
    )
  const start = asDate(input.start)
  const end = asDate(input.end)
  const room = typeof input.room === 'string' ? input.room.trim().slice(0, 120) : ''
  const event = await loadEvent(req, request.event)
  const problem = slotProblem({ start, end }, daysOf(event), localDate)
  if (problem)
    refuseInterviewField(req, problem === 'slot-order' ? 'slotEnd' : 'slotStart', problem, 400)
  if (!room) refuseInterviewField(req, 'room', 'no-room', 400)
  const journalistId = extractID(request.journalist)
  return inTransaction(req, async (req) => {
    // Inside the write transaction: two officers booking the same room at once cannot both win.
    const { docs } = await req.payload.find({
      collection: 'interview-requests',
      where: {
        and: [
          { status: { equals: 'scheduled' } },
          { id: { not_equals: request.id } },
          { slotStart: { less_than: end.toISOString() } },
          { slotEnd: { greater_than: start.toISOString() } },
          {
            or: [{ roomKey: { equals: roomKey(room) } }, { journalist: { equals: journalistId } }],
          },
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const booked: BookedSlot[] = docs.map((doc) => ({
      id: doc.id,
      start: doc.slotStart!,
      end: doc.slotEnd!,
      room: doc.room ?? '',
      journalist: extractID(doc.journalist),
    }))
    const conflict = slotConflict(
      { id: request.id, start, end, room, journalist: journalistId },
      booked,
    )
    if (conflict) {
      const other = docs.find((doc) => doc.id === conflict.with.id)!
      const detail = `${other.title} (${localDateTime(other.slotStart!)}–${localDateTime(other.slotEnd!).slice(11)}, ${other.room})`
      if (conflict.reason === 'room') refuseInterviewField(req, 'room', 'room-taken', 409, detail)
      refuseInterviewField(req, 'slotStart', 'journalist-busy', 409, detail)
    }
    const saved = await writeInterview(req, request.id, {
      status: 'scheduled',
      slotStart: start.toISOString(),
      slotEnd: end.toISOString(),
      room,
      roomKey: roomKey(room),
    })
    const delegation = await loadDelegation(req, request.delegation)
    const journalist = await req.payload.findByID({
      collection: 'journalists',
      id: journalistId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const host = new URL(getEnv().SITE_URL).hostname
    const common = {
      delegationName: delegation.name,
      delegateName: request.delegateName,
      journalistName: request.journalistName ?? journalist.name,
      outletName: request.outletName ?? '',
      eventName: event.name,
      topic: request.topic,
      start,
      end,
      room,
    }
    for (const side of [
      {
        to: 'journalist' as const,
        email: journalist.email,
        name: journalist.name,
        locale: request.language === 'en' ? ('en' as const) : ('vi' as const),
      },
      {
        to: 'contact' as const,
        email: delegation.contactEmail,
        name: delegation.contactName,
        locale: 'vi' as const,
      },
    ]) {
      const calendar = interviewCalendar({
        ...common,
        id: request.id,
        host,
        locale: side.locale,
        stamp: now(),
      })
      await queueEmail(req, {
        to: side.email,
        kind: 'interview-scheduled',
        language: side.locale,
        ...scheduledEmail({ ...common, locale: side.locale, to: side.to, name: side.name }),
        attachments: [
          {
            filename: 'interview.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: calendar,
          },
        ],
      })
    }
    await auditInterview(
      req,
      saved,
      'interview-scheduled',
      `${interviewReference(request.id)}: ${localDateTime(start)}–${localDateTime(end).slice(11)}, ${room}`,
    )
    return saved
  })
}

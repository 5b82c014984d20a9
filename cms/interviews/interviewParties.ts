import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { eventDays } from '~/cms/lib/accreditation/eventDays'
import type { Delegation, Event, Journalist, Pass } from '~/cms/payload-types'
import { journalistApplications } from '~/cms/profile/journalistApplications'
import type { Id } from './interviewStore'
import { refuseInterview, refuseInterviewField } from './refuse'

/** The signed-in journalist behind the request, read fresh: an account no longer accredited is nobody. */
export async function journalistCaller(req: PayloadRequest): Promise<Journalist> {
  const user = req.user
  if (user?.collection !== 'journalists') refuseInterview(req, 'not-signed-in', 403)
  const account = await req.payload
    .findByID({ collection: 'journalists', id: user.id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!account?.accredited) refuseInterview(req, 'not-signed-in', 403)
  return account
}

export async function loadDelegation(req: PayloadRequest, id: unknown): Promise<Delegation> {
  const found =
    id == null || id === '' || !/^\w+$/.test(String(id))
      ? null
      : await req.payload.findByID({
          collection: 'delegations',
          id: id as Id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
  return found ?? refuseInterviewField(req, 'delegation', 'no-delegation', 400)
}

export async function loadEvent(req: PayloadRequest, id: unknown): Promise<Event> {
  return req.payload.findByID({
    collection: 'events',
    id: id as Id,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** The event's days as local dates (YYYY-MM-DD, Vietnam). */
export const daysOf = (event: Pick<Event, 'startDate' | 'endDate'>): string[] =>
  eventDays(event.startDate, event.endDate)

/**
 * The journalist's active press pass for the event, with the outlet their approved application
 * names, or null: only a journalist accredited to the event may ask for its delegates.
 */
export async function passForEvent(
  req: PayloadRequest,
  journalist: Journalist,
  eventId: Id,
): Promise<{ pass: Pass; outletName: string } | null> {
  const approved = (await journalistApplications(req, journalist)).filter(
    (r) => r.status === 'approved' && String(extractID(r.event as never)) === String(eventId),
  )
  if (!approved.length) return null
  const { docs } = await req.payload.find({
    collection: 'passes',
    where: {
      and: [{ request: { in: approved.map((r) => r.id) } }, { status: { equals: 'active' } }],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const pass = docs[0]
  if (!pass) return null
  const request = approved.find((r) => String(r.id) === String(extractID(pass.request)))!
  let outletName = request.outletOther ?? ''
  if (request.outlet) {
    const outlet = await req.payload
      .findByID({
        collection: 'outlets',
        id: extractID(request.outlet),
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
      .catch(() => null)
    outletName = outlet?.name ?? outletName
  }
  return { pass, outletName }
}

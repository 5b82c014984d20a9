import type { PayloadRequest } from 'payload'

import { eventsWithListsOn } from '~/cms/lib/passes/checkInLists'
import type { PressAccess } from '~/cms/lib/schedule/sessionTypes'
import { canCheckIn, canSeeSessionAccess, canSwitchSessionAccess } from '~/cms/lib/roles'
import { localDate, now } from '~/cms/lib/time'
import { passRefusal } from '~/cms/passes/refusals'
import { daySessions, doorEvents, resolveList } from '../checkInList'

/** One session as the door's poll carries it: id, access, when it changed, its pool's size. */
export type SessionAccessRow = [
  id: string,
  access: PressAccess,
  changedAt: string | null,
  pool: number,
]

/**
 * What a scanner polls every few seconds (/checkin/session-access): the press access of each
 * session of its list's event and day, in a few hundred bytes. Check-in staff and admins.
 */
export async function readSessionAccess(
  req: PayloadRequest,
  input: { event?: number | string | null; day?: string; grant?: string | null } = {},
): Promise<{ event: string | null; day: string; sessions: SessionAccessRow[] }> {
  if (!canCheckIn(req.user)) throw passRefusal(req, 'not-checkin-staff')
  const day = input.day ?? localDate(now())
  const list = await resolveList(req, { event: input.event, day, grant: input.grant }).catch(
    () => null,
  )
  if (!list) return { event: null, day, sessions: [] }
  const sessions = await daySessions(req, { event: list.event.id, day })
  const pools = await poolSizes(
    req,
    sessions.map((s) => s.id),
  )
  return {
    event: String(list.event.id),
    day,
    sessions: sessions.map((s) => [
      String(s.id),
      s.pressAccess,
      s.pressAccessChangedAt ?? null,
      pools.get(String(s.id))?.length ?? 0,
    ]),
  }
}

/** The pass serials in each of these sessions' pools (pool-members rows, written by the pool's operations). */
export async function poolSizes(
  req: PayloadRequest,
  sessions: (number | string)[],
): Promise<Map<string, string[]>> {
  const pools = new Map<string, string[]>()
  if (!sessions.length) return pools
  const { docs } = await req.payload.find({
    collection: 'pool-members',
    where: { session: { in: sessions } },
    pagination: false,
    depth: 1,
    overrideAccess: true,
    req,
    select: { session: true, pass: true },
    populate: { passes: { serial: true } },
  })
  for (const doc of docs) {
    const session = String(typeof doc.session === 'object' ? doc.session?.id : doc.session)
    const serial = typeof doc.pass === 'object' ? doc.pass?.serial : null
    if (serial) pools.set(session, [...(pools.get(session) ?? []), serial])
  }
  return pools
}

export type StaffSession = {
  id: string
  title: string
  startsAt: string
  endsAt: string
  venue: string
  access: PressAccess
  changedAt: string | null
}

/**
 * The staff phone page (/checkin/sessions/): today's sessions of every event with lists today, the
 * featured event first, each with its access now; `canSwitch` says whether this caller may switch
 * (officers and admins) or only reads (check-in staff).
 */
export async function readTodaysSessions(
  req: PayloadRequest,
  input: { locale?: 'vi' | 'en' } = {},
): Promise<{
  today: string
  canSwitch: boolean
  events: { id: string; name: string; sessions: StaffSession[] }[]
}> {
  if (!canSeeSessionAccess(req.user)) throw passRefusal(req, 'not-checkin-staff')
  const today = localDate(now())
  const events = eventsWithListsOn(await doorEvents(req, input.locale), today)
  return {
    today,
    canSwitch: canSwitchSessionAccess(req.user),
    events: await Promise.all(
      events.map(async (event) => ({
        id: String(event.id),
        name: event.shortName || event.name,
        sessions: (await daySessions(req, { event: event.id, day: today }, input.locale)).map(
          (s) => ({
            id: String(s.id),
            title: s.title,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            venue: s.venue ?? '',
            access: s.pressAccess,
            changedAt: s.pressAccessChangedAt ?? null,
          }),
        ),
      })),
    ),
  }
}

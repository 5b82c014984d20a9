import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { writeAudit } from '~/cms/collections/AccreditationRequests/hooks/recordAudit'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { getEnv } from '~/cms/env'
import { type PressRole, ROLES } from '~/cms/lib/accreditation/quota'
import { nomineeInvitationEmail } from '~/cms/lib/nominations/nominationEmails'
import {
  hashNomineeSecret,
  newNomineeSecret,
  quotaInUse,
  quotaLimit,
} from '~/cms/lib/nominations/nominationRules'
import { siteUrl } from '~/cms/lib/siteUrl'
import { localDate } from '~/cms/lib/time'
import type { Event, Nomination, Outlet } from '~/cms/payload-types'
import { managedOutlet } from '~/cms/access/outletManager'
import { refuseNomination } from './refuse'

export type Nominee = NonNullable<Nomination['nominees']>[number]
export type Id = number | string

/** The signed-in media manager and their outlet, or a 403. */
export function managerOf(req: PayloadRequest): { managerId: Id; outletId: Id } {
  const outletId = managedOutlet(req.user)
  if (outletId == null || !req.user) refuseNomination(req, 'not-a-manager', 403)
  return { managerId: req.user.id, outletId }
}

export async function loadEvent(req: PayloadRequest, id: unknown): Promise<Event> {
  const event =
    id == null || id === ''
      ? null
      : await req.payload.findByID({
          collection: 'events',
          id: id as Id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
  return event ?? refuseNomination(req, 'no-event', 404)
}

/** A nomination as its caller may see it (a manager: only their outlet's), or a 404. */
export async function loadNomination(req: PayloadRequest, id: unknown): Promise<Nomination> {
  const found =
    id == null || id === ''
      ? null
      : await req.payload.findByID({
          collection: 'nominations',
          id: id as Id,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
          disableErrors: true,
        })
  return found ?? refuseNomination(req, 'no-nomination', 404)
}

/** The full rows (link hashes and requests included) of a nomination the caller was allowed to see. */
export const fullNomination = (req: PayloadRequest, id: Id): Promise<Nomination> =>
  req.payload.findByID({ collection: 'nominations', id, depth: 0, overrideAccess: true, req })

/** The one write path to nominations: the operations call it after checking the caller. */
export async function writeNomination(
  req: PayloadRequest,
  id: Id | null,
  data: Partial<Nomination>,
): Promise<Nomination> {
  const before = req.context.nominationWrite
  req.context.nominationWrite = true
  try {
    return id == null
      ? await req.payload.create({
          collection: 'nominations',
          data: data as Nomination,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
      : await req.payload.update({
          collection: 'nominations',
          id,
          data,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
  } finally {
    req.context.nominationWrite = before
  }
}

/** Every nominee the outlet has for the event, across its nominations (withdrawn ones included). */
export async function outletNominees(req: PayloadRequest, eventId: Id, outletId: Id) {
  const { docs } = await req.payload.find({
    collection: 'nominations',
    where: { and: [{ event: { equals: eventId } }, { outlet: { equals: outletId } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc) => doc.nominees ?? [])
}

export type QuotaUse = { role: PressRole; limit: number; used: number }[]

/** The outlet's quota for the event per role, and the places its nominees hold. */
export async function quotaUse(req: PayloadRequest, event: Event, outletId: Id): Promise<QuotaUse> {
  const outlet = (await req.payload.findByID({
    collection: 'outlets',
    id: outletId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Outlet
  const used = quotaInUse(await outletNominees(req, event.id, outletId))
  return ROLES.map((role) => ({
    role,
    used: used[role],
    limit: quotaLimit(event.quotas, outletId, outlet.quotas, role),
  }))
}

/** A new nominee row with its personal link; the secret is only ever in the e-mail queued here. */
export async function inviteNominee(
  req: PayloadRequest,
  person: { name: string; role: PressRole; email: string },
  context: { event: Event; outletId: Id; language: 'vi' | 'en' },
  replaces?: string,
): Promise<Nominee> {
  const secret = newNomineeSecret()
  const outlet = await req.payload.findByID({
    collection: 'outlets',
    id: context.outletId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const url = siteUrl(getEnv().SITE_URL, context.language, `/outlet/nominee/${secret}/`)
  const closes = context.event.accreditationClosesAt
  const email = nomineeInvitationEmail(context.language, {
    name: person.name,
    outletName: outlet.name,
    eventName: context.event.name,
    url,
    closesAt: closes ? localDate(closes).split('-').reverse().join('/') : undefined,
  })
  await queueEmail(req, { to: person.email, ...email, kind: 'other', language: context.language })
  return {
    ...person,
    state: 'invited',
    linkHash: hashNomineeSecret(secret),
    invitedAt: new Date().toISOString(),
    ...(replaces ? { replaces } : {}),
  }
}

/** One line of the audit trail about a nomination: who did it, to whom. */
export async function auditNomination(
  req: PayloadRequest,
  action: 'nominated' | 'nominee-replaced' | 'nomination-withdrawn' | 'nomination-decided',
  summary: string,
  request?: Id | null,
): Promise<void> {
  const user = req.user as { collection?: string; name?: string; email?: string } | null
  const byManager = user?.collection === 'outlet-managers'
  await writeAudit(req, {
    action,
    summary: summary.slice(0, 500),
    request: request == null ? undefined : (extractID(request as number) as number),
    ...(byManager
      ? {
          actorType: 'system' as const,
          actorLabel: `outlet manager ${user?.name} <${user?.email}>`,
        }
      : {}),
  })
}

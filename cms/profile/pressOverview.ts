import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { statusTokenFor } from '../accreditation/statusLink'
import { daysToCome, isAcceptingApplications } from '../lib/events/eventRules'
import { maskIdNumber, type ProfileNeeds } from '../lib/profile/profileRules'
import { now } from '../lib/time'
import type { Event, Journalist } from '../payload-types'
import { journalistOf } from './caller'
import { journalistApplications } from './journalistApplications'
import { profileStart } from './operations/applyFromProfile'

export type Accreditation = {
  referenceCode: string
  status: string
  days: string[]
  event: { id: string; name: string; slug: string; startDate: string; endDate: string } | null
  statusToken: string
  createdAt: string
}

export type OpenEvent = {
  id: string
  name: string
  slug: string
  startDate: string
  endDate: string
  days: string[]
  rulesVersion: string
  needs: ProfileNeeds
  portraitId: number | null
}

export type ProfileView = Pick<
  Journalist,
  | 'name'
  | 'email'
  | 'dateOfBirth'
  | 'nationality'
  | 'idType'
  | 'idExpiresAt'
  | 'pressCardNumber'
  | 'outletOther'
  | 'role'
  | 'phone'
  | 'language'
  | 'keepProfile'
  | 'keepProfileAnsweredAt'
  | 'releaseEmails'
  | 'portraitDate'
> & { outlet: string; idNumberMasked: string }

export type PressOverview = {
  profile: ProfileView
  accreditations: Accreditation[]
  openEvents: OpenEvent[]
  deletionRequested: { deadline: string } | null
}

const eventView = (event: Event) => ({
  id: String(event.id),
  name: event.name,
  slug: event.slug ?? '',
  startDate: event.startDate,
  endDate: event.endDate,
})

/**
 * What the signed-in journalist sees on /press/: their profile (ID number masked), every
 * accreditation of theirs past and current, and each event open for accreditation that they have
 * not applied to, with what that event's one-screen application will ask again.
 */
export async function pressOverview(
  req: PayloadRequest,
  locale: 'vi' | 'en',
): Promise<PressOverview> {
  const account = await journalistOf(req)
  const [applications, events, pending] = await Promise.all([
    journalistApplications(req, account),
    req.payload.find({
      collection: 'events',
      where: { state: { not_equals: 'draft' } },
      sort: 'startDate',
      depth: 0,
      limit: 500,
      locale,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'data-requests',
      where: {
        journalist: { equals: account.id },
        kind: { equals: 'deletion' },
        status: { equals: 'received' },
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  const eventsById = new Map(events.docs.map((event) => [String(event.id), event]))
  const applied = new Set(
    applications.map((a) => (a.event == null ? '' : String(extractID(a.event)))),
  )
  const accreditations = await Promise.all(
    applications.map(async (application) => {
      const event = eventsById.get(String(extractID(application.event ?? 0)))
      return {
        referenceCode: application.referenceCode ?? '',
        status: application.status,
        days: application.days ?? [],
        event: event ? eventView(event) : null,
        statusToken: await statusTokenFor(req.payload, application.id, req),
        createdAt: application.createdAt,
      }
    }),
  )
  const at = now()
  const openEvents: OpenEvent[] = []
  for (const event of events.docs) {
    if (applied.has(String(event.id)) || !isAcceptingApplications(event, at)) continue
    const start = await profileStart(req, account, event)
    openEvents.push({
      ...eventView(event),
      days: daysToCome(event, at),
      rulesVersion: event.pressRulesVersion ?? '',
      needs: start.needs,
      portraitId: start.portrait?.id ?? null,
    })
  }
  const outlet = account.outlet == null ? null : extractID(account.outlet)
  const outletName = outlet
    ? ((
        await req.payload
          .findByID({ collection: 'outlets', id: outlet, depth: 0, overrideAccess: true, req })
          .catch(() => null)
      )?.name ?? '')
    : (account.outletOther ?? '')
  return {
    profile: {
      name: account.name,
      email: account.email,
      dateOfBirth: account.dateOfBirth,
      nationality: account.nationality,
      idType: account.idType,
      idNumberMasked: maskIdNumber(account.idNumber),
      idExpiresAt: account.idExpiresAt,
      pressCardNumber: account.pressCardNumber,
      outlet: outletName,
      outletOther: account.outletOther,
      role: account.role,
      phone: account.phone,
      language: account.language,
      keepProfile: account.keepProfile,
      keepProfileAnsweredAt: account.keepProfileAnsweredAt,
      releaseEmails: account.releaseEmails,
      portraitDate: account.portraitDate,
    },
    accreditations,
    openEvents,
    deletionRequested: pending.docs[0] ? { deadline: pending.docs[0].deadline } : null,
  }
}

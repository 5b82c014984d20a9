import { type APIRequestContext, expect } from '@playwright/test'

import { daysToCome } from '~/cms/lib/events/eventRules'
import { calendarEvents } from '~/cms/seed/calendar'
import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { applicationForm } from '../int/fixtures/application'
import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { statusLinkIn, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'

export const staffEmail = (role: string) =>
  DEMO_STAFF.find((user) => user.roles.includes(role as never))!.email

/** The seeded People's Council session: open, its accreditation window open now (cms/seed/calendar.ts). */
export const COUNCIL_SLUG = calendarEvents().council.shared.slug!

/** An event's days still to come and rules version, read from the public API as any client would. */
export async function eventForApplying(slug = COUNCIL_SLUG) {
  const response = await fetch(`${CMS}/api/events?where[slug][equals]=${slug}&depth=0&limit=1`)
  const event = ((await response.json()) as { docs: Parameters<typeof daysToCome>[0][] }).docs[0]
  if (!event) throw new Error(`no public event ${slug}`)
  const { pressRulesVersion } = event as { pressRulesVersion?: string | null }
  return {
    slug,
    id: (event as unknown as { id: number }).id,
    days: daysToCome(event, new Date()),
    rulesVersion: pressRulesVersion ?? '1.0',
  }
}

/** A complete application form (real files) to an open seeded event, the council session by default. */
export async function openEventApplicationForm(
  overrides: Parameters<typeof applicationForm>[0] = {},
  slug = COUNCIL_SLUG,
): Promise<FormData> {
  const event = await eventForApplying(slug)
  return applicationForm({
    event: event.slug,
    days: event.days,
    rulesVersion: event.rulesVersion,
    ...overrides,
  })
}

/** A pending application made through the site's form (to the council session), as a journalist's phone sends it. */
export async function pendingApplication(
  request: APIRequestContext,
  overrides: { fullName?: string; language?: 'vi' | 'en' } = {},
) {
  const suffix = String(Date.now() % 100_000).padStart(5, '0')
  const council = await eventForApplying()
  const form = {
    fullName: 'Võ Thị Cửa Vào',
    dateOfBirth: '1990-05-20',
    nationality: 'VN',
    idType: 'cccd',
    idNumber: `0961900${suffix}`,
    outlet: 'other',
    outletOther: 'Báo Thử Cửa',
    role: 'photographer',
    event: council.slug,
    days: council.days[0]!,
    email: `door.${suffix}@example.vn`,
    phone: '+84 912 000 222',
    language: 'vi',
    rulesVersion: council.rulesVersion,
    acceptRules: 'on',
    consentData: 'on',
    idempotencyKey: `door-${suffix}-${Date.now()}`,
    ...overrides,
  }
  const posted = await request.post(`${SITE}/accreditation/?event=${council.slug}`, {
    headers: { Origin: SITE, Accept: 'application/json' },
    multipart: {
      ...form,
      portrait: { name: 'p.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() },
      letter: { name: 'l.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
    },
  })
  const { redirect } = (await posted.json()) as { redirect: string }
  expect(redirect).toMatch(/\/accreditation\/received\/$/)
  // The status link reaches the applicant by e-mail only.
  const confirmation = await waitForMail(
    (mail) => mail.to.includes(form.email) && /\[[A-Z0-9]+-\d{4}\]/.test(mail.subject),
  )
  const token = /\/accreditation\/status\/([^/]+)\//.exec(statusLinkIn(confirmation))![1]!
  return { token, email: form.email }
}

/** An approved journalist, made the way the press office does: the site form, then the officer via REST. */
export async function approvedJournalist(
  request: APIRequestContext,
  overrides: { fullName?: string; language?: 'vi' | 'en' } = {},
) {
  const { token, email } = await pendingApplication(request, overrides)
  const login = await request.post(`${CMS}/api/users/login`, {
    data: { email: staffEmail('accreditation-officer'), password: DEMO_PASSWORD },
  })
  const jwt = ((await login.json()) as { token: string }).token
  const approved = await request.patch(`${CMS}/api/accreditation-requests/${token.split('.')[0]}`, {
    headers: { Authorization: `JWT ${jwt}` },
    data: { status: 'approved' },
  })
  expect(approved.status()).toBe(200)
  const passes = await request.get(
    `${CMS}/api/passes?where[request][equals]=${token.split('.')[0]}&depth=0&limit=1`,
    { headers: { Authorization: `JWT ${jwt}` } },
  )
  const passNumber = ((await passes.json()) as { docs: { passNumber: string }[] }).docs[0]!
    .passNumber
  return { token, passNumber, jwt, email }
}

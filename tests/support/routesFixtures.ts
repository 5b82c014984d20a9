import { randomBytes, randomInt } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect } from '@playwright/test'

import { previewExpiry, signPreviewToken } from '~/cms/lib/preview/previewToken'
import { localDate } from '~/cms/lib/time'
import { calendarEvents } from '~/cms/seed/calendar'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { eventForApplying } from '../e2e/journalists'
import { statusLinkIn, waitForMail } from '../e2e/mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE, E2E_TEMP_NAME } from '../e2e/ports'
import { staffEmail } from '../e2e/staffApi'
import { applicationForm } from '../int/fixtures/application'
import { plantDelegation, plantInterviewRequest } from './interviewFixtures'
import { minimalPdf } from './sampleFiles'
import { type RestListing } from './routes'
import type { Role, SiteFixtures } from './routesExpectations'
import { resetCases, type Secrets } from './routesMatrix'
import { tempPortalSecret } from './tempPortal'

/**
 * What the attack matrix plants in the portal before it attacks: a "victim" applicant (approved,
 * so there is a pass, a press account and an audit trail) whose name, ID number and e-mail must
 * never leak; an "attacker" applicant (approved, with their status link and a press account with
 * a password) who plays the applicant and the identity attacks; a session for every role, on REST
 * and on the site; a scan at the door; and a target document in every collection. Planted once per
 * portal run and kept in the portal's temp folder, because Playwright restarts its worker (and so
 * runs beforeAll again) after every failed test.
 */
const FIXTURE_FILE = path.join(tmpdir(), E2E_TEMP_NAME, 'attack-matrix-fixtures.json')

/** The door scans today's lists only (the seed's press conference is today). */
export const CHECKIN_DAY = localDate()
export const CHECKIN_ZONE = 'press-centre'
/** The attacker's press-account password, set through the welcome link. */
export const ATTACKER_PASSWORD = 'attacker password 2025'
/** The matrix's outlet media manager's password, set through the link of the account's approval. */
export const MANAGER_PASSWORD = 'outlet manager password 2025'

export type Planted = {
  secrets: Secrets
  victim: {
    requestId: string
    statusToken: string
    passId: string
    passNumber: string
    journalistId: string
    portrait: { id: string; filename: string }
    letter: { id: string; filename: string }
  }
  attacker: {
    requestId: string
    statusToken: string
    passId: string
    passNumber: string
    journalistId: string
    email: string
    fullName: string
    jwt: string
  }
  /** REST: the JWT each role sends (the applicant sends their status token, which must count for nothing). */
  jwt: Record<Role, string | null>
  /** Site: the session cookie each role's browser holds (`name=value`). */
  cookie: Record<Role, string | null>
  adminId: string
  /** A document to read, change and delete in each collection (the victim's, where it has one). */
  targets: Record<string, string | null>
  /** A stored file per upload collection. */
  files: Record<string, string | null>
  /** A stored version per versioned collection or global. */
  versions: Record<string, string | null>
  site: SiteFixtures
}

const FROM_SITE = { Origin: SITE, Accept: 'application/json' }
const idOf = (value: unknown) =>
  String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)
const letters = 'abcdeghiklmnopqrstuvxy'
const word = () =>
  `Đ${Array.from({ length: 7 }, () => letters[randomInt(letters.length)]).join('')}`

/** A person nobody else is: a name, an ID number (matching the form's birth year 1990) and an e-mail to spot in any answer. */
export function uniquePerson(prefix: string) {
  const tag = randomBytes(4).toString('hex')
  const ascii =
    prefix
      .normalize('NFD')
      .replace(/[^a-zA-Z]/g, '')
      .toLowerCase() || 'person'
  return {
    fullName: `${prefix} ${word()} ${word()}`,
    idNumber: `0961900${String(randomInt(100_000)).padStart(5, '0')}`,
    email: `${ascii}.${tag}@example.vn`,
  }
}

/**
 * An application through the site's form (to the council session), as a phone sends it; resolves to its status link token,
 * from the form's answer or, where the answer no longer carries it, from the confirmation e-mail.
 */
export async function applyThroughSite(
  api: APIRequestContext,
  person: Record<string, string>,
): Promise<string> {
  // To today's press conference (the seed's), so the planted passes are valid at today's door.
  const today = await eventForApplying(calendarEvents().briefing.shared.slug!)
  const response = await api.post(`${SITE}/accreditation/?event=${today.slug}`, {
    multipart: await applicationForm({
      event: today.slug,
      days: [CHECKIN_DAY],
      rulesVersion: today.rulesVersion,
      ...person,
    }),
    headers: FROM_SITE,
    maxRedirects: 0,
  })
  const json = (await response.json().catch(() => null)) as { redirect?: string } | null
  expect(response.status(), JSON.stringify(json)).toBe(200)
  const inAnswer = /\/accreditation\/status\/([^/]+)\//.exec(json?.redirect ?? '')?.[1]
  if (inAnswer) return inAnswer
  const mail = await waitForMail(
    (m) => m.to.includes(person.email!) && /\/accreditation\/status\//.test(m.text),
  )
  return /\/accreditation\/status\/([^/]+)\//.exec(statusLinkIn(mail))![1]!
}

/** A link of the same shape as a real status token (the id, then random parts): what a guesser tries. */
export const forgedToken = (token: string) =>
  token
    .split('.')
    .map((part, i) =>
      i === 0
        ? part
        : randomBytes(Math.max(8, Math.ceil((part.length * 3) / 4))).toString('base64url'),
    )
    .join('.')

export async function restLogin(
  api: APIRequestContext,
  collection: 'users' | 'journalists' | 'outlet-managers',
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await api.post(`${CMS}/api/${collection}/login`, { data: { email, password } })
  expect(response.status(), `REST login of ${email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** Signs in through a site form (/checkin/ or /press/); resolves to the session cookie `name=value`. */
export async function siteLogin(
  api: APIRequestContext,
  page: '/checkin/' | '/press/',
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await api.post(`${SITE}${page}`, {
    form: { email, password },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  expect(response.status(), `site sign-in of ${email} at ${page}`).toBe(303)
  const cookie =
    response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie')?.value ?? ''
  return cookie.split(';')[0]!
}

export const jwtHeaders = (jwt: string | null): Record<string, string> =>
  jwt ? { Authorization: `JWT ${jwt}` } : {}

export async function loadPlanted(
  newContext: () => Promise<APIRequestContext>,
  listing: RestListing,
): Promise<Planted> {
  if (existsSync(FIXTURE_FILE)) return JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as Planted
  resetCases()
  const api = await newContext()
  try {
    const planted = await plant(api, listing)
    writeFileSync(FIXTURE_FILE, JSON.stringify(planted))
    return planted
  } finally {
    await api.dispose()
  }
}

async function plant(api: APIRequestContext, listing: RestListing): Promise<Planted> {
  const jwt: Record<Role, string | null> = {
    anonymous: null,
    applicant: null,
    journalist: null,
    checkin: null,
    editor: null,
    officer: null,
    admin: null,
    manager: null,
  }
  for (const [role, staffRole] of [
    ['checkin', 'checkin-staff'],
    ['editor', 'editor'],
    ['officer', 'accreditation-officer'],
    ['admin', 'admin'],
  ] as const) {
    jwt[role] = await restLogin(api, 'users', staffEmail(staffRole))
  }
  jwt.journalist = await restLogin(api, 'journalists', DEMO_JOURNALIST_EMAIL)
  const as = (role: Role) => ({ headers: jwtHeaders(jwt[role]) })
  const get = async <T>(role: Role, address: string): Promise<T> => {
    const response = await api.get(`${CMS}${address}`, as(role))
    expect(response.status(), `${role}: GET ${address}`).toBe(200)
    return (await response.json()) as T
  }
  const first = async (role: Role, address: string) =>
    ((await get<{ docs: Record<string, unknown>[] }>(role, address)).docs[0] ?? null) as Record<
      string,
      unknown
    > | null

  /** An approved application: the site's form, then the officer's decision through REST. */
  const approvedApplicant = async (person: Record<string, string>) => {
    const statusToken = await applyThroughSite(api, person)
    const requestId = statusToken.split('.')[0]!
    const approved = await api.patch(`${CMS}/api/accreditation-requests/${requestId}`, {
      ...as('officer'),
      data: { status: 'approved' },
    })
    expect(approved.status(), await approved.text()).toBe(200)
    const request = await get<Record<string, unknown>>(
      'officer',
      `/api/accreditation-requests/${requestId}?depth=1`,
    )
    const pass = (await first(
      'officer',
      `/api/passes?where[request][equals]=${requestId}&depth=0`,
    ))!
    const journalist = (await first(
      'officer',
      `/api/journalists?where[request][equals]=${requestId}&depth=0`,
    ))!
    return {
      requestId,
      statusToken,
      request,
      passId: idOf(pass.id),
      passNumber: String(pass.passNumber),
      journalistId: idOf(journalist.id),
    }
  }

  const secrets = uniquePerson('Nạn')
  const victim = await approvedApplicant({ ...secrets })
  const portrait = victim.request.portrait as { id: number; filename: string }
  const letter = victim.request.letter as { id: number; filename: string }

  const attackerPerson = uniquePerson('Kẻ')
  const attacker = await approvedApplicant({ ...attackerPerson })
  // The attacker sets a press-area password through the welcome link of the approval e-mail.
  const welcome = await waitForMail(
    (mail) => mail.to.includes(attackerPerson.email) && /\/press\/password\?token=/.test(mail.text),
  )
  const linkToken = decodeURIComponent(
    /\/press\/password\?token=([^\s&"]+)/.exec(welcome.text)![1]!,
  )
  const set = await api.post(`${SITE}/press/password`, {
    form: { token: linkToken, password: ATTACKER_PASSWORD, confirm: ATTACKER_PASSWORD },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  expect(set.status(), 'the attacker sets a password through the welcome link').toBe(303)
  const attackerJwt = await restLogin(api, 'journalists', attackerPerson.email, ATTACKER_PASSWORD)
  jwt.applicant = attacker.statusToken

  const cookie: Record<Role, string | null> = {
    anonymous: null,
    applicant: null,
    journalist: null,
    checkin: null,
    editor: null,
    officer: null,
    admin: null,
    manager: null,
  }
  for (const [role, staffRole] of [
    ['checkin', 'checkin-staff'],
    ['editor', 'editor'],
    ['officer', 'accreditation-officer'],
    ['admin', 'admin'],
  ] as const) {
    cookie[role] = await siteLogin(api, '/checkin/', staffEmail(staffRole))
  }
  cookie.journalist = await siteLogin(api, '/press/', DEMO_JOURNALIST_EMAIL)
  // The demo journalist downloads their data: an access request, the data-requests target.
  expect(
    (await api.get(`${SITE}/press/my-data.json`, { headers: { Cookie: cookie.journalist } })).ok(),
  ).toBe(true)

  // The door scans the attacker's pass once (the control of the scan flow); the victim's is never scanned.
  const scan = await api.post(`${SITE}/checkin/scan`, {
    headers: { Cookie: cookie.checkin! },
    data: { code: attacker.passNumber, day: CHECKIN_DAY, zone: CHECKIN_ZONE },
  })
  expect(scan.status(), await scan.text()).toBe(200)

  const adminId = idOf((await get<{ user: { id: unknown } }>('admin', '/api/users/me')).user.id)
  // Something in the internal collections for the refused roles to aim at.
  await api.post(`${CMS}/api/payload-preferences/attack-matrix`, {
    ...as('admin'),
    data: { value: { planted: true } },
  })
  // A lock the admin holds, on an outlet of its own (the matrix's outlet target is another one).
  const outletTarget = (await first('admin', '/api/outlets?limit=1&depth=0&sort=createdAt'))!
  const locked = (await (
    await api.post(`${CMS}/api/outlets`, {
      ...as('admin'),
      data: {
        name: `Báo Khoá ${randomBytes(3).toString('hex')}`,
        type: 'print',
        scope: 'provincial',
      },
    })
  ).json()) as { doc?: { id: number } }
  if (locked.doc) {
    await api.post(`${CMS}/api/payload-locked-documents`, {
      ...as('admin'),
      data: {
        document: { relationTo: 'outlets', value: locked.doc.id },
        globalSlug: null,
        user: { relationTo: 'users', value: Number(adminId) },
      },
    })
  }

  const audit = await first(
    'officer',
    `/api/audit-entries?where[request][equals]=${victim.requestId}&limit=1&depth=0`,
  )
  const checkIn = await first(
    'admin',
    `/api/check-ins?where[passNumber][equals]=${attacker.passNumber}&limit=1&depth=0`,
  )
  const news = (await first('anonymous', '/api/news?limit=1&depth=0'))!
  // A genuine preview link, as the admin makes it for the editor, of another article than the target.
  const editorId = idOf((await get<{ user: { id: unknown } }>('editor', '/api/users/me')).user.id)
  const otherNews = (await first(
    'editor',
    `/api/news?where[id][not_equals]=${idOf(news.id)}&limit=1&depth=0`,
  ))!
  const tokenOfAnotherArticle = signPreviewToken(tempPortalSecret(E2E_TEMP_NAME), {
    collection: 'news',
    id: idOf(otherNews.id),
    editorId,
    expiresAt: previewExpiry(new Date(Date.now() + 24 * 3600_000)),
  })
  const release = (await first('anonymous', '/api/press-releases?limit=1&depth=0'))!
  const galleries = await get<{ docs: Record<string, unknown>[] }>(
    'anonymous',
    '/api/galleries?limit=20&depth=0',
  )
  const gallery = galleries.docs.find((doc) => Array.isArray(doc.photos) && doc.photos.length > 0)!
  const galleryMediaId = idOf((gallery.photos as { image: unknown }[])[0]!.image)
  const galleryMedia = await get<{ filename: string }>(
    'admin',
    `/api/media/${galleryMediaId}?depth=0`,
  )
  const pressDocument = (await first(
    'admin',
    '/api/documents?where[audience][equals]=press&limit=1&depth=0',
  ))!
  // Covered live, now ended (the seed's opening session of the congress): its live page, stream
  // and feed answer (and no home banner appears).
  const session = (await first(
    'anonymous',
    '/api/sessions?where[liveState][equals]=ended&limit=1&depth=0',
  ))!
  const rules = await get<{ version: string }>('anonymous', '/api/globals/press-rules')
  const journalistSelf = (await first('journalist', '/api/journalists?depth=0'))!
  // An event nothing belongs to (public, so every role may read it; the office may delete it).
  const tag = randomBytes(2).toString('hex').toUpperCase()
  const spareEvent = (await (
    await api.post(`${CMS}/api/events`, {
      ...as('admin'),
      data: {
        name: `Sự kiện thử ${tag}`,
        state: 'closed',
        startDate: '2024-05-01T01:00:00.000Z',
        endDate: '2024-05-01T09:00:00.000Z',
        referencePrefix: `T${tag}`,
        passPrefix: `Q${tag}`,
      },
    })
  ).json()) as { doc: { id: number } }

  // An outlet's media manager (opened by the admin for the outlet target), signed in on REST and
  // the site, with one nomination of their own for the open event.
  const manager = await plantManager(api, jwt.admin!, idOf(outletTarget.id))
  jwt.manager = manager.jwt
  cookie.manager = manager.cookie

  // A reader waiting to confirm a subscription to press releases (the site's form): the target
  // of the subscribers collection.
  const subscribed = await api.post(`${SITE}/subscribe/`, {
    headers: { Origin: SITE },
    form: { email: `matrix.${tag.toLowerCase()}@example.vn`, consent: 'on' },
  })
  if (!subscribed.ok()) throw new Error(`the subscription form answered ${subscribed.status()}`)

  // A delegation of today's press conference and the demo journalist's interview request to it.
  const delegation = await plantDelegation(
    api,
    jwt.admin!,
    `matrix.${tag.toLowerCase()}@example.vn`,
  )
  const interview = await plantInterviewRequest(
    api,
    cookie.journalist!,
    jwt.admin!,
    delegation,
    `Matrix ${tag}`,
  )

  const overrides: Record<string, string | null> = {
    delegations: delegation.id,
    'interview-requests': interview,
    'outlet-managers': manager.id,
    nominations: manager.nominationId,
    events: idOf(spareEvent.doc.id),
    news: idOf(news.id),
    'press-releases': idOf(release.id),
    galleries: idOf(gallery.id),
    sessions: idOf(session.id),
    outlets: idOf(outletTarget.id),
    documents: idOf(pressDocument.id),
    media: galleryMediaId,
    'accreditation-requests': victim.requestId,
    'applicant-files': String(portrait.id),
    passes: victim.passId,
    'check-ins': checkIn ? idOf(checkIn.id) : null,
    'audit-entries': audit ? idOf(audit.id) : null,
    users: adminId,
    journalists: victim.journalistId,
  }
  const targets: Record<string, string | null> = {}
  const files: Record<string, string | null> = {
    'applicant-files': letter.filename,
    media: galleryMedia.filename,
    documents: String(pressDocument.filename),
  }
  const versions: Record<string, string | null> = {}
  for (const collection of listing.collections) {
    if (collection.slug in overrides) targets[collection.slug] = overrides[collection.slug]!
    else {
      const response = await api.get(`${CMS}/api/${collection.slug}?limit=1&depth=0`, as('admin'))
      const doc = response.ok()
        ? ((await response.json()) as { docs?: { id: unknown }[] }).docs?.[0]
        : undefined
      targets[collection.slug] = doc ? idOf(doc.id) : null
    }
    if (collection.versions)
      versions[collection.slug] = idOf(
        (await first('admin', `/api/${collection.slug}/versions?limit=1&depth=0`))?.id ?? null,
      )
  }
  for (const global of listing.globals) {
    if (global.versions)
      versions[`global:${global.slug}`] = idOf(
        (await first('admin', `/api/globals/${global.slug}/versions?limit=1&depth=0`))?.id ?? null,
      )
  }
  expect(journalistSelf.email).toBe(DEMO_JOURNALIST_EMAIL)

  return {
    secrets,
    victim: {
      requestId: victim.requestId,
      statusToken: victim.statusToken,
      passId: victim.passId,
      passNumber: victim.passNumber,
      journalistId: victim.journalistId,
      portrait: { id: String(portrait.id), filename: portrait.filename },
      letter: { id: String(letter.id), filename: letter.filename },
    },
    attacker: {
      requestId: attacker.requestId,
      statusToken: attacker.statusToken,
      passId: attacker.passId,
      passNumber: attacker.passNumber,
      journalistId: attacker.journalistId,
      email: attackerPerson.email,
      fullName: attackerPerson.fullName,
      jwt: attackerJwt,
    },
    jwt,
    cookie,
    adminId,
    targets,
    files,
    versions,
    site: {
      victim: {
        statusToken: victim.statusToken,
        requestId: victim.requestId,
        passId: victim.passId,
      },
      applicant: {
        statusToken: attacker.statusToken,
        passId: attacker.passId,
        passNumber: attacker.passNumber,
      },
      content: {
        newsSlug: String(news.slug),
        releaseSlug: String(release.slug),
        gallerySlug: String(gallery.slug),
        galleryMediaId,
        galleryOriginal: galleryMedia.filename,
        documentId: idOf(pressDocument.id),
        documentFile: String(pressDocument.filename),
        rulesVersion: String(rules.version),
        sessionId: idOf(session.id),
      },
      forgedVictimToken: forgedToken(victim.statusToken),
      preview: { newsId: idOf(news.id), tokenOfAnotherArticle },
    },
  }
}

/** An approved manager account: the set-password link from the approval e-mail, then one nomination through /outlet/. */
async function plantManager(api: APIRequestContext, adminJwt: string, outletId: string) {
  const email = `manager.${randomBytes(4).toString('hex')}@example.vn`
  const created = await api.post(`${CMS}/api/outlet-managers`, {
    headers: jwtHeaders(adminJwt),
    data: {
      name: 'Quản Lý Thử',
      email,
      outlet: Number(outletId) || outletId,
      approved: true,
      password: 'replaced anyway 1',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = idOf(((await created.json()) as { doc: { id: unknown } }).doc.id)
  const mail = await waitForMail(
    (m) => m.to.includes(email) && /\/outlet\/password\?token=/.test(m.text),
  )
  const token = decodeURIComponent(/\/outlet\/password\?token=([^\s&"]+)/.exec(mail.text)![1]!)
  const set = await api.post(`${SITE}/outlet/password`, {
    form: { token, password: MANAGER_PASSWORD, confirm: MANAGER_PASSWORD },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  expect(set.status(), 'the manager sets a password through the link').toBe(303)
  const cookie =
    set
      .headersArray()
      .find((h) => h.name.toLowerCase() === 'set-cookie')
      ?.value.split(';')[0] ?? ''
  const jwt = await restLogin(api, 'outlet-managers', email, MANAGER_PASSWORD)
  const events = (await (
    await api.get(
      `${CMS}/api/events?where[state][equals]=open&sort=-accreditationClosesAt&limit=1&depth=0`,
    )
  ).json()) as { docs: { id: unknown }[] }
  const eventId = idOf(events.docs[0]!.id)
  const nominated = await api.post(`${SITE}/outlet/?event=${eventId}`, {
    headers: { Origin: SITE, Cookie: cookie },
    multipart: {
      action: 'nominate',
      event: eventId,
      name: 'Người Được Cử',
      role: 'reporter',
      email: `nominee.${randomBytes(4).toString('hex')}@example.vn`,
      letter: { name: 'letter.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
    },
    maxRedirects: 0,
  })
  expect(nominated.status(), await nominated.text()).toBe(303)
  const own = (await (
    await api.get(`${CMS}/api/nominations?limit=1&depth=0`, { headers: jwtHeaders(jwt) })
  ).json()) as { docs: { id: unknown }[] }
  return { id, jwt, cookie, nominationId: idOf(own.docs[0]!.id) }
}

import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { eventDays } from '../lib/accreditation/eventDays'
import { normalisePortrait } from '../lib/files/normaliseImages'
import type { Event } from '../payload-types'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from './users'

/** Three applications waiting for the press office, so the demo has something to review, and one approved. */
const APPLICANTS = [
  {
    fullName: 'Nguyễn Hoàng Nam',
    dateOfBirth: '1988-04-12',
    idNumber: '096088004512',
    outlet: 'Báo Cà Mau',
    role: 'reporter',
    colour: '#7c2d12',
  },
  {
    fullName: 'Phạm Thu Trang',
    dateOfBirth: '1994-09-03',
    idNumber: '096194019930',
    outlet: 'Thông tấn xã Việt Nam',
    role: 'photographer',
    colour: '#1e3a8a',
  },
  {
    fullName: 'Lê Minh Khoa',
    dateOfBirth: '1991-01-27',
    idNumber: '096091027711',
    outlet: 'Đài Truyền hình Việt Nam',
    role: 'camera-operator',
    colour: '#14532d',
  },
  {
    fullName: 'Trần Thị Mai',
    dateOfBirth: '1990-06-21',
    idNumber: '096190062144',
    outlet: 'Báo Cà Mau',
    role: 'reporter',
    colour: '#6b21a8',
  },
] as const

/** How many applications the demo seed makes (the benchmarks count on it). */
export const DEMO_APPLICATION_COUNT = APPLICANTS.length

/** A stand-in portrait: a plain silhouette, no real face. */
async function silhouette(colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="#e7e5e4"/><circle cx="300" cy="300" r="140" fill="${colour}"/><ellipse cx="300" cy="760" rx="260" ry="280" fill="${colour}"/></svg>`
  const result = await normalisePortrait(await sharp(Buffer.from(svg)).jpeg().toBuffer())
  if (!result.ok) throw new Error(`demo portrait: ${result.code}`)
  return result.jpeg
}

async function letterImage(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="1240" height="1754" fill="#fff"/><rect x="120" y="160" width="1000" height="40" fill="#d6d3d1"/>${[...Array(14).keys()].map((i) => `<rect x="120" y="${300 + i * 70}" width="${1000 - (i % 3) * 120}" height="22" fill="#e7e5e4"/>`).join('')}<circle cx="950" cy="1500" r="110" fill="none" stroke="#b91c1c" stroke-width="12"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/**
 * Applications as journalists make them on the site: to the council session (waiting for the
 * press office), and the demo journalist's to today's press conference (approved later).
 */
export async function createDemoApplications(
  payload: Payload,
  options: { req: PayloadRequest },
  events: { council: Event; today: Event },
): Promise<void> {
  const { req } = options
  req.context ??= {}
  const { docs: outlets } = await payload.find({
    collection: 'outlets',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const letter = await letterImage()
  for (const [index, applicant] of APPLICANTS.entries()) {
    // Made as the site makes them: an applicant's grant, not an override, so every hook runs.
    req.context.applicant = { submitting: true, idempotencyKey: `demo-application-${index}-seed` }
    const portrait = await silhouette(applicant.colour)
    const common = { overrideAccess: false, req } as const
    const portraitDoc = await payload.create({
      collection: 'applicant-files',
      data: { kind: 'portrait' },
      file: {
        data: portrait,
        mimetype: 'image/jpeg',
        name: `${randomUUID()}.jpg`,
        size: portrait.length,
      },
      ...common,
    })
    const letterDoc = await payload.create({
      collection: 'applicant-files',
      data: { kind: 'letter' },
      file: {
        data: letter,
        mimetype: 'image/jpeg',
        name: `${randomUUID()}.jpg`,
        size: letter.length,
      },
      ...common,
    })
    req.context.applicant = { ...req.context.applicant, fileIds: [portraitDoc.id, letterDoc.id] }
    const demoJournalist = index === APPLICANTS.length - 1
    const event = demoJournalist ? events.today : events.council
    await payload.create({
      collection: 'accreditation-requests',
      ...common,
      data: {
        status: 'submitted',
        fullName: applicant.fullName,
        dateOfBirth: applicant.dateOfBirth,
        nationality: 'VN',
        idType: 'cccd',
        idNumber: applicant.idNumber,
        outlet: outlets.find((o) => o.name === applicant.outlet)?.id ?? null,
        role: applicant.role,
        event: demoJournalist ? events.today.id : events.council.id,
        days: eventDays(event.startDate, event.endDate),
        email: demoJournalist ? DEMO_JOURNALIST_EMAIL : `demo.applicant${index + 1}@example.vn`,
        phone: `+84 90 000 00${index}${index}`,
        language: 'vi',
        rulesVersion: event.pressRulesVersion ?? '1.0',
        portrait: portraitDoc.id,
        letter: letterDoc.id,
      },
    })
  }
  delete req.context.applicant
  payload.logger.info(`Seed: created ${APPLICANTS.length} demo accreditation requests`)
}

/**
 * Approves the demo journalist's request as an accreditation officer would (pass issued, press
 * account opened) and gives the account the demo password. Runs after the staff accounts exist.
 */
export async function approveDemoJournalist(
  payload: Payload,
  options: { req: PayloadRequest },
): Promise<void> {
  const { req } = options
  const find = { limit: 1, depth: 0, overrideAccess: true, req } as const
  const request = (
    await payload.find({
      collection: 'accreditation-requests',
      where: { email: { equals: DEMO_JOURNALIST_EMAIL } },
      ...find,
    })
  ).docs[0]
  const officer = (
    await payload.find({
      collection: 'users',
      where: { roles: { in: ['accreditation-officer'] } },
      ...find,
    })
  ).docs[0]
  if (!request || !officer) throw new Error('demo journalist: request or officer missing')
  const previous = req.user
  req.user = { ...officer, collection: 'users' }
  try {
    await payload.update({
      collection: 'accreditation-requests',
      id: request.id,
      data: { status: 'approved' },
      overrideAccess: true,
      req,
    })
  } finally {
    req.user = previous
  }
  const account = (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: request.id } },
      ...find,
    })
  ).docs[0]
  if (!account) throw new Error('demo journalist: no press account was opened')
  // As the journalist would: through the one-time link (nobody else sets a press password).
  const token = await payload.forgotPassword({
    collection: 'journalists',
    data: { email: account.email },
    disableEmail: true,
    req,
  })
  await payload.resetPassword({
    collection: 'journalists',
    data: { token: String(token), password: DEMO_PASSWORD },
    overrideAccess: true,
    req,
  })
  await payload.update({
    collection: 'journalists',
    id: account.id,
    data: { passwordSet: true },
    overrideAccess: true,
    req,
  })
  payload.logger.info(`Seed: approved the demo journalist (${DEMO_JOURNALIST_EMAIL})`)
}

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { calendarEvents, createEvent } from './calendar'
import { seedDelegations } from './delegations'
import { EVENT_SHARED, EVENT_TEXT } from './event'
import { DEMO_IMAGE_CREDIT, DEMO_IMAGES, type DemoImageKey, renderDemoImage } from './images'
import { DEMO_NEWS, DRAFT_NEWS, type DemoArticle, NEWS_AUTHOR } from './news'
import { approveDemoJournalist, createDemoApplications } from './applications'
import { seedOpeningLiveCoverage } from './live'
import { nameDemoPool } from './pool'
import { seedNewsroom } from './newsroom'
import { DEMO_OUTLETS } from './outlets'
import { EARLIER_RULES, PRESS_RULES_SHARED, pressRulesText } from './rules'
import { DEMO_STAFF } from './users'
import { canEditContent, hasRole } from '~/cms/lib/roles'
import type { User } from '~/cms/payload-types'

/** Lets hooks recognise writes made by the seed (e.g. to send no e-mail). */
export const SEED_CONTEXT = { seeding: true } as const

/** The seed is a trusted script: it bypasses access control and shares one request (and transaction). */
type SeedOptions = { req: PayloadRequest; overrideAccess: true; context: typeof SEED_CONTEXT }

/**
 * Fills an empty installation with demo content: images, the calendar of events, press rules,
 * news and one staff account per role. Does nothing once any staff account exists.
 */
export async function seed(payload: Payload): Promise<{ created: boolean }> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { created: false }

  const req = await createLocalReq({ context: SEED_CONTEXT }, payload)
  const options: SeedOptions = { req, overrideAccess: true, context: SEED_CONTEXT }
  await initTransaction(req)
  try {
    const images = await uploadImages(payload, options)
    // The congress first: while it is the only event, everything below defaults to it.
    const congress = await createEvent(payload, options, { shared: EVENT_SHARED, ...EVENT_TEXT })
    await seedDelegations(payload, options, congress)
    await setPressRules(payload, options)
    await createNews(payload, options, images)
    await seedNewsroom(payload, options, images)
    for (const outlet of DEMO_OUTLETS)
      await payload.create({ collection: 'outlets', data: outlet, ...options })
    payload.logger.info(`Seed: created ${DEMO_OUTLETS.length} press outlets`)
    const { council, briefing } = calendarEvents()
    const councilEvent = await createEvent(payload, options, council)
    const briefingEvent = await createEvent(payload, options, briefing)
    payload.logger.info(
      'Seed: created the calendar (the congress, archived; a council session; a press conference today)',
    )
    await createDemoApplications(payload, options, { council: councilEvent, today: briefingEvent })
    // Staff accounts go last: they are what marks the seed as done.
    const staff = await createStaff(payload, options)
    await approveDemoJournalist(payload, options)
    await seedOpeningLiveCoverage(payload, req, staff.editor, images)
    await nameDemoPool(options)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { created: true }
}

async function uploadImages(
  payload: Payload,
  options: SeedOptions,
): Promise<Record<DemoImageKey, number>> {
  const ids = {} as Record<DemoImageKey, number>
  for (const image of DEMO_IMAGES) {
    const data = await renderDemoImage(image.draw)
    const media = await payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: image.alt.vi, credit: DEMO_IMAGE_CREDIT },
      file: { data, mimetype: 'image/jpeg', name: `demo-${image.key}.jpg`, size: data.length },
      ...options,
    })
    await payload.update({
      collection: 'media',
      id: media.id,
      locale: 'en',
      data: { alt: image.alt.en },
      ...options,
    })
    ids[image.key] = media.id
  }
  payload.logger.info(`Seed: uploaded ${DEMO_IMAGES.length} demo images`)
  return ids
}

async function setPressRules(payload: Payload, options: SeedOptions): Promise<void> {
  const { version, effectiveFrom, text } = EARLIER_RULES
  await payload.updateGlobal({
    slug: 'press-rules',
    locale: 'vi',
    data: { version, effectiveFrom, ...text.vi },
    ...options,
  })
  await payload.updateGlobal({ slug: 'press-rules', locale: 'en', data: text.en, ...options })
  await payload.updateGlobal({
    slug: 'press-rules',
    locale: 'vi',
    data: { ...PRESS_RULES_SHARED, ...pressRulesText('vi') },
    ...options,
  })
  await payload.updateGlobal({
    slug: 'press-rules',
    locale: 'en',
    data: pressRulesText('en'),
    ...options,
  })
  payload.logger.info(`Seed: set the press rules, version ${PRESS_RULES_SHARED.version}`)
}

async function createArticle(
  payload: Payload,
  options: SeedOptions,
  article: DemoArticle,
  heroImage: number | null,
  status: 'published' | 'draft',
): Promise<void> {
  const draft = status === 'draft'
  const { vi, en } = article
  const news = await payload.create({
    collection: 'news',
    locale: 'vi',
    draft,
    data: {
      ...vi,
      slug: article.slug,
      publishedAt: article.publishedAt,
      heroImage,
      author: NEWS_AUTHOR,
      _status: status,
    },
    ...options,
  })
  await payload.update({
    collection: 'news',
    id: news.id,
    locale: 'en',
    draft,
    data: { ...en, _status: status },
    ...options,
  })
}

async function createNews(
  payload: Payload,
  options: SeedOptions,
  images: Record<DemoImageKey, number>,
): Promise<void> {
  for (const article of DEMO_NEWS) {
    await createArticle(
      payload,
      options,
      article,
      article.image ? images[article.image] : null,
      'published',
    )
  }
  await createArticle(payload, options, DRAFT_NEWS, null, 'draft')
  payload.logger.info(`Seed: created ${DEMO_NEWS.length} published news articles and 1 draft`)
}

async function createStaff(payload: Payload, options: SeedOptions): Promise<{ editor: User }> {
  const created: User[] = []
  for (const { name, email, password, roles } of DEMO_STAFF) {
    created.push(
      await payload.create({
        collection: 'users',
        data: { name, email, password, roles: [...roles] },
        ...options,
      }),
    )
  }
  payload.logger.info(
    `Seed: created ${DEMO_STAFF.length} staff accounts (${DEMO_STAFF.map((s) => s.email).join(', ')})`,
  )
  return { editor: created.find((user) => canEditContent(user) && !hasRole(user, 'admin'))! }
}

import type { Event, News, PressRule } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { cached, pageStillExists } from './cache'
import { type EventRef, eventRefOf, eventWhere, inPublicEvent } from './eventScope'
import { getFeaturedEvent, publicEventsById } from './events'
import { type Picture, toPicture } from './images'
import { payloadClient } from './payload'
import { richTextToHtml } from './richText'

/** Every read here is what an anonymous visitor may see: access control applies. */
const asVisitor = { overrideAccess: false, user: null } as const

export type NewsCard = {
  slug: string
  title: string
  summary: string
  publishedAt: string | null
  picture: Picture | null
}

export type NewsArticle = NewsCard & {
  author: string | null
  bodyHtml: string
  updatedAt: string
  /** The event the article names, if any (news is global; an article may name its event). */
  event: EventRef | null
}

export type NewsPage = { items: NewsCard[]; page: number; totalPages: number; totalItems: number }

const toCard = (doc: News): NewsCard => ({
  slug: doc.slug ?? String(doc.id),
  title: doc.title,
  summary: doc.summary ?? '',
  publishedAt: doc.publishedAt ?? null,
  picture: toPicture(doc.heroImage),
})

export function listNews(locale: Locale, page = 1, limit = 9): Promise<NewsPage> {
  return cached(
    `news:list:${locale}:${page}:${limit}`,
    async () => {
      const payload = await payloadClient()
      const events = await publicEventsById(locale)
      const result = await payload.find({
        collection: 'news',
        locale,
        where: eventWhere('all', [...events.keys()]),
        page,
        limit,
        depth: 1,
        sort: '-publishedAt',
        draft: false,
        ...asVisitor,
      })
      return {
        items: result.docs.map(toCard),
        page: result.page ?? page,
        totalPages: Math.max(1, result.totalPages),
        totalItems: result.totalDocs,
      }
    },
    pageStillExists(page),
  )
}

export function getNewsArticle(locale: Locale, slug: string): Promise<NewsArticle | null> {
  return cached(`news:item:${locale}:${slug}`, async () => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'news',
      locale,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      draft: false,
      ...asVisitor,
    })
    const doc = result.docs[0]
    const events = await publicEventsById(locale)
    if (!doc || !inPublicEvent(doc.event, events)) return null
    return {
      ...toCard(doc),
      event: eventRefOf(doc.event, events),
      author: doc.author ?? null,
      bodyHtml: richTextToHtml(doc.body),
      updatedAt: doc.updatedAt,
    }
  })
}

/** The featured event's facts (name, dates, venue, delegates, press contact…). */
export type EventFacts = Event

export const getEventFacts = (locale: Locale): Promise<EventFacts | null> =>
  getFeaturedEvent(locale)

export type PressRulesView = Pick<PressRule, 'title' | 'version' | 'effectiveFrom'> & {
  bodyHtml: string
}

export function getPressRules(locale: Locale): Promise<PressRulesView | null> {
  return cached(`rules:${locale}`, async () => {
    const payload = await payloadClient()
    const rules = await payload.findGlobal({ slug: 'press-rules', locale, depth: 0, ...asVisitor })
    if (!rules?.version) return null
    return {
      title: rules.title,
      version: rules.version,
      effectiveFrom: rules.effectiveFrom,
      bodyHtml: richTextToHtml(rules.body),
    }
  })
}

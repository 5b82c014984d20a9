import type { Event, News, PressRule } from '~/cms/payload-types'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { shownLanguage } from '../i18n/translation'
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
  /** The language the title and the summary are shown in: Vietnamese when not yet translated. */
  lang: Locale
  summaryLang: Locale
  publishedAt: string | null
  picture: Picture | null
}

export type NewsArticle = NewsCard & {
  author: string | null
  bodyHtml: string
  bodyLang: Locale
  updatedAt: string
  /** The event the article names, if any (news is global; an article may name its event). */
  event: EventRef | null
}

export type NewsPage = { items: NewsCard[]; page: number; totalPages: number; totalItems: number }

type Written = Map<News['id'], Pick<News, 'title' | 'summary' | 'body'>>

/**
 * The articles' own English text, without Payload's fallback to Vietnamese: where it is missing,
 * the page marks the Vietnamese it shows instead. Vietnamese readers need no second read.
 */
async function writtenIn(locale: Locale, ids: News['id'][], body: boolean): Promise<Written> {
  if (locale === DEFAULT_LOCALE || ids.length === 0) return new Map()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news',
    locale,
    fallbackLocale: false,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    draft: false,
    select: { title: true, summary: true, ...(body ? { body: true } : {}) },
    ...asVisitor,
  })
  return new Map(docs.map((doc) => [doc.id, doc]))
}

type CardFields = Pick<News, 'id' | 'slug' | 'title' | 'summary' | 'publishedAt' | 'heroImage'>

const toCard = (doc: CardFields, locale: Locale, written: Written): NewsCard => ({
  slug: doc.slug ?? String(doc.id),
  title: doc.title,
  summary: doc.summary ?? '',
  lang: shownLanguage(written.get(doc.id)?.title, locale),
  summaryLang: shownLanguage(written.get(doc.id)?.summary, locale),
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
        // What a card shows: only the picture is populated (not the event, not the body).
        select: { slug: true, title: true, summary: true, publishedAt: true, heroImage: true },
        ...asVisitor,
      })
      const written = await writtenIn(
        locale,
        result.docs.map((doc) => doc.id),
        false,
      )
      return {
        items: result.docs.map((doc) => toCard(doc, locale, written)),
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
    const written = await writtenIn(locale, [doc.id], true)
    return toNewsArticle(doc, events, locale, written)
  })
}

/**
 * An article as its page shows it (the published page and the editor's preview alike). `written`
 * holds what the article has in the reader's own language (see writtenIn): the rest is marked.
 */
export const toNewsArticle = (
  doc: News,
  events: Awaited<ReturnType<typeof publicEventsById>>,
  locale: Locale,
  written: Written,
): NewsArticle => ({
  ...toCard(doc, locale, written),
  event: eventRefOf(doc.event, events),
  author: doc.author ?? null,
  bodyHtml: richTextToHtml(doc.body),
  bodyLang: shownLanguage(written.get(doc.id)?.body, locale),
  updatedAt: doc.updatedAt,
})

/** Who publishes an article: its event's organiser, else the featured event's (structured data). */
export async function newsPublisher(locale: Locale, article: NewsArticle): Promise<string> {
  const event =
    (article.event && (await publicEventsById(locale)).get(article.event.id)) ||
    (await getFeaturedEvent(locale))
  return event?.organiser ?? event?.name ?? ''
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

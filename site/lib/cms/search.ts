import type { Locale } from '../i18n/locales'
import { localePath } from '../i18n/locales'
import {
  buildSearchIndex,
  search,
  type SearchDoc,
  type SearchHit,
  type SearchIndex,
} from '../search/searchIndex'
import { eventPath } from '../events/eventDisplay'
import { cached } from './cache'
import { eventRefOf, eventWhere } from './eventScope'
import { publicEventsById } from './events'
import { payloadClient } from './payload'
import { richTextToPlain } from './richText'

const asVisitor = {
  overrideAccess: false,
  user: null,
  pagination: false,
  depth: 0,
  draft: false,
} as const

/**
 * Everything an anonymous visitor may read now, as search documents: every public event (its own
 * page) and what belongs to one. Read through access control, so embargoed, draft and press-only
 * text never gets in, nor anything of a draft event; the sitemap is made from the same list.
 */
export function publicContent(locale: Locale): Promise<(SearchDoc & { updatedAt: string })[]> {
  return cached(`public-content:${locale}`, async () => {
    const payload = await payloadClient()
    const at = (path: string) => localePath(locale, path)
    const events = await publicEventsById(locale)
    const inPublic = eventWhere('all', [...events.keys()])
    /** An item's place under its event's own address, or the featured event's address when it has none. */
    const under = (ref: Parameters<typeof eventRefOf>[0], section: 'schedule' | 'documents') => {
      const event = eventRefOf(ref, events)
      return event ? eventPath(event.slug, section) : `/${section}/`
    }
    const [news, releases, galleries, sessions, documents] = await Promise.all([
      payload.find({ collection: 'news', locale, ...asVisitor, where: inPublic }),
      payload.find({
        collection: 'press-releases',
        locale,
        ...asVisitor,
        where: inPublic,
        select: { attachments: false },
      }),
      payload.find({ collection: 'galleries', locale, ...asVisitor, where: inPublic }),
      payload.find({ collection: 'sessions', locale, ...asVisitor, where: inPublic }),
      payload.find({
        collection: 'documents',
        locale,
        ...asVisitor,
        where: { and: [{ release: { exists: false } }, inPublic] },
      }),
    ])
    return [
      ...[...events.values()].flatMap((d) =>
        d.slug
          ? [
              {
                id: `event:${d.id}`,
                kind: 'event' as const,
                url: at(eventPath(d.slug)),
                title: d.name,
                text: [d.shortName, d.about, d.venue, d.city].filter(Boolean).join('. '),
                date: d.startDate,
                updatedAt: d.updatedAt,
              },
            ]
          : [],
      ),
      ...news.docs.map((d) => ({
        id: `news:${d.id}`,
        kind: 'news' as const,
        url: at(`/news/${d.slug}/`),
        title: d.title,
        text: `${d.summary ?? ''} ${richTextToPlain(d.body)}`,
        date: d.publishedAt,
        updatedAt: d.updatedAt,
      })),
      ...releases.docs.map((d) => ({
        id: `release:${d.id}`,
        kind: 'release' as const,
        url: at(`/releases/${d.slug}/`),
        title: d.title,
        text: `${d.summary ?? ''} ${richTextToPlain(d.body)}`,
        date: d.publishedAt,
        updatedAt: d.updatedAt,
      })),
      ...galleries.docs.map((d) => ({
        id: `gallery:${d.id}`,
        kind: 'gallery' as const,
        url: at(`/galleries/${d.slug}/`),
        title: d.title,
        text: [d.summary, ...(d.photos ?? []).map((p) => p.caption)].filter(Boolean).join('. '),
        date: d.publishedAt,
        updatedAt: d.updatedAt,
      })),
      ...sessions.docs.map((d) => ({
        id: `session:${d.id}`,
        kind: 'session' as const,
        url: at(`${under(d.event, 'schedule')}#session-${d.id}`),
        title: d.title,
        text: `${d.description ?? ''} ${d.venue ?? ''}`,
        date: d.startsAt,
        updatedAt: d.updatedAt,
      })),
      ...documents.docs.map((d) => ({
        id: `document:${d.id}`,
        kind: 'document' as const,
        url: at(under(d.event, 'documents')),
        title: d.title,
        text: d.description ?? '',
        date: null,
        updatedAt: d.updatedAt,
      })),
    ]
  })
}

/** The lunr index of one language, rebuilt (in the background) when the public cache expires. */
export function getSearchIndex(locale: Locale): Promise<SearchIndex> {
  return cached(`search-index:${locale}`, async () => buildSearchIndex(await publicContent(locale)))
}

export async function searchSite(locale: Locale, query: string): Promise<SearchHit[]> {
  return search(await getSearchIndex(locale), query)
}

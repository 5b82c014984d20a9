import { now } from '~/cms/lib/time'
import type { Document, PressRelease } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import {
  type EventRef,
  eventRefOf,
  type EventScope,
  eventWhere,
  inPublicEvent,
  scopeKey,
} from './eventScope'
import { pageStillExists } from './cache'
import { publicEventsById } from './events'
import { payloadClient } from './payload'
import { richTextToHtml, richTextToPlain } from './richText'
import { readAs, type Viewer } from './viewer'

export type DocumentLink = { id: string; title: string; url: string; size: number | null }

export type ReleaseCard = {
  slug: string
  number: number | null
  title: string
  summary: string
  publishedAt: string | null
  embargoUntil: string | null
  /** The event the release belongs to (null when it names none). */
  event: EventRef | null
}
export type ReleaseView = ReleaseCard & {
  bodyHtml: string
  bodyText: string
  contact: string | null
  updatedAt: string
  attachments: DocumentLink[]
}
export type ReleasePage = {
  items: ReleaseCard[]
  page: number
  totalPages: number
  totalItems: number
}

/** A document's address on the site: the file route checks access again on every download. */
export const documentUrl = (doc: Pick<Document, 'id' | 'filename'>) =>
  `/documents/${doc.id}/${encodeURIComponent(doc.filename ?? 'file.pdf')}`

export const toDocumentLink = (doc: Document): DocumentLink => ({
  id: String(doc.id),
  title: doc.title,
  url: documentUrl(doc),
  size: doc.filesize ?? null,
})

type Events = Awaited<ReturnType<typeof publicEventsById>>

const toCard = (doc: PressRelease, events: Events): ReleaseCard => ({
  slug: doc.slug ?? String(doc.id),
  number: doc.number ?? null,
  title: doc.title,
  summary: doc.summary ?? '',
  publishedAt: doc.publishedAt ?? null,
  embargoUntil: doc.embargoUntil ?? null,
  event: eventRefOf(doc.event, events),
})

export function listReleases(
  locale: Locale,
  page = 1,
  limit = 10,
  viewer: Viewer = {},
  event: EventScope = 'all',
): Promise<ReleasePage> {
  const key = `releases:list:${locale}:${scopeKey(event)}:${page}:${limit}`
  return readAs(
    viewer,
    key,
    async () => {
      const payload = await payloadClient()
      const events = await publicEventsById(locale)
      const result = await payload.find({
        collection: 'press-releases',
        locale,
        where: eventWhere(event, [...events.keys()]),
        page,
        limit,
        depth: 0,
        sort: '-publishedAt',
        draft: false,
        overrideAccess: false,
        user: viewer.user ?? null,
        // No joins: the attachments are read apart (each join would run the documents' access).
        joins: false,
        select: { attachments: false, body: false, deliveries: false },
      })
      return {
        items: result.docs.map((doc) => toCard(doc, events)),
        page: result.page ?? page,
        totalPages: Math.max(1, result.totalPages),
        totalItems: result.totalDocs,
      }
    },
    pageStillExists(page),
  )
}

export function getRelease(
  locale: Locale,
  slug: string,
  viewer: Viewer = {},
): Promise<ReleaseView | null> {
  return readAs(viewer, `releases:item:${locale}:${slug}`, async () => {
    const payload = await payloadClient()
    const user = viewer.user ?? null
    const { docs } = await payload.find({
      collection: 'press-releases',
      locale,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: false,
      overrideAccess: false,
      user,
      joins: false,
      select: { attachments: false, deliveries: false },
    })
    const doc = docs[0]
    const events = await publicEventsById(locale)
    if (!doc || !inPublicEvent(doc.event, events)) return null
    return toReleaseView(locale, doc, events, user)
  })
}

/**
 * A release as its page shows it, with the attachments this reader may open (the published page
 * and the editor's preview alike).
 */
export async function toReleaseView(
  locale: Locale,
  doc: PressRelease,
  events: Events,
  user: Viewer['user'],
): Promise<ReleaseView> {
  const payload = await payloadClient()
  const files = await payload.find({
    collection: 'documents',
    locale,
    where: { release: { equals: doc.id } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: user ?? null,
  })
  return {
    ...toCard(doc, events),
    bodyHtml: richTextToHtml(doc.body),
    bodyText: richTextToPlain(doc.body),
    contact: doc.contact ?? null,
    updatedAt: doc.updatedAt,
    attachments: files.docs.map(toDocumentLink),
  }
}

/** Releases still under embargo that this reader may see (an accredited journalist: all of them; the public: none). */
export async function listEmbargoedReleases(
  locale: Locale,
  viewer: Viewer,
): Promise<ReleaseCard[]> {
  if (!viewer.user) return []
  const payload = await payloadClient()
  const events = await publicEventsById(locale)
  const { docs } = await payload.find({
    collection: 'press-releases',
    locale,
    where: { embargoUntil: { greater_than: now().toISOString() } },
    sort: 'embargoUntil',
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: false,
    user: viewer.user,
    joins: false,
    select: { attachments: false, body: false, deliveries: false },
  })
  return docs.map((doc) => toCard(doc, events))
}

import type { TypedUser } from 'payload'
import { extractID } from 'payload/shared'

import { getEnv } from '~/cms/env'
import {
  isPreviewCollection,
  type PreviewProblem,
  verifyPreviewToken,
} from '~/cms/lib/preview/previewToken'
import { canEditContent } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { type NewsArticle, newsPublisher, toNewsArticle } from './content'
import { publicEventsById } from './events'
import { type GalleryView, toGalleryView } from './galleries'
import { payloadClient } from './payload'
import { type ReleaseView, toReleaseView } from './releases'
import { type SessionView, toSessionView } from './schedule'

/** What a preview page shows: the document as its published page would, and the programme of a session. */
export type PreviewContent =
  | { kind: 'news'; article: NewsArticle; publisher: string }
  | { kind: 'press-releases'; release: ReleaseView }
  | { kind: 'galleries'; gallery: GalleryView }
  | { kind: 'sessions'; event: Event | null; sessions: SessionView[] }

export type PreviewOutcome =
  | (PreviewContent & { ok: true; status: 'draft' | 'published'; expiresAt: string })
  | { ok: false; problem: PreviewProblem | 'revoked' | 'not-found' }

/**
 * The latest draft of one document, for the holder of a preview link made in the admin. The link
 * names the editor who asked for it, and the draft is read AS that editor through Payload's access
 * rules: a link dies with its editor's role. Never cached (see site/middleware.ts for the headers).
 */
export async function openPreview(
  locale: Locale,
  collection: string,
  id: string,
  token: string | null,
): Promise<PreviewOutcome> {
  if (!isPreviewCollection(collection) || !/^[0-9a-f]{1,24}$/.test(id))
    return { ok: false, problem: 'not-found' }
  const verdict = verifyPreviewToken(getEnv().PAYLOAD_SECRET, token, { collection, id }, now())
  if (!verdict.ok) return verdict
  const payload = await payloadClient()
  const editor = await payload.findByID({
    collection: 'users',
    id: verdict.editorId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!editor || !canEditContent({ ...editor, collection: 'users' }))
    return { ok: false, problem: 'revoked' }
  const user = { ...editor, collection: 'users' } as TypedUser
  const asEditor = {
    locale,
    draft: true,
    overrideAccess: false,
    user,
    disableErrors: true,
  } as const
  const read = { id, depth: 1, ...asEditor }
  const events = await publicEventsById(locale)
  // Each collection read by its own name, so each document keeps its generated type.
  const status = (doc: { _status?: 'draft' | 'published' | null }) => ({
    ok: true as const,
    status: doc._status === 'draft' ? ('draft' as const) : ('published' as const),
    expiresAt: verdict.expiresAt.toISOString(),
  })
  const notFound = { ok: false, problem: 'not-found' } as const
  if (collection === 'news') {
    const doc = await payload.findByID({ collection, ...read })
    if (!doc) return notFound
    // The editor sees the draft as it reads in this language (fallbacks not marked).
    const article = toNewsArticle(doc, events, locale, new Map([[doc.id, doc]]))
    const publisher = await newsPublisher(locale, article)
    return { ...status(doc), kind: collection, article, publisher }
  }
  if (collection === 'press-releases') {
    const doc = await payload.findByID({ collection, ...read })
    if (!doc) return notFound
    const release = await toReleaseView(locale, doc, events, user)
    return { ...status(doc), kind: collection, release }
  }
  if (collection === 'galleries') {
    const doc = await payload.findByID({ collection, ...read })
    if (!doc) return notFound
    return { ...status(doc), kind: collection, gallery: toGalleryView(doc, events) }
  }
  const doc = await payload.findByID({ collection, ...read })
  if (!doc) return notFound
  // A session is shown in its event's programme, as the schedule page shows it.
  if (!doc.event)
    return { ...status({}), kind: collection, event: null, sessions: [toSessionView(doc, events)] }
  const eventId = extractID(doc.event)
  const [event, programme] = await Promise.all([
    payload.findByID({ collection: 'events', id: eventId, depth: 0, ...asEditor }),
    payload.find({
      collection: 'sessions',
      where: { event: { equals: eventId } },
      sort: 'startsAt',
      pagination: false,
      depth: 0,
      ...asEditor,
    }),
  ])
  return {
    ...status({}),
    kind: 'sessions',
    event: event ?? null,
    sessions: programme.docs.map((session) => toSessionView(session, events)),
  }
}

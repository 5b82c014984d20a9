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
  const doc = await payload.findByID({ collection, id, depth: 1, ...asEditor })
  if (!doc) return { ok: false, problem: 'not-found' }
  const shown = {
    ok: true as const,
    status:
      '_status' in doc && doc._status === 'draft' ? ('draft' as const) : ('published' as const),
    expiresAt: verdict.expiresAt.toISOString(),
  }
  const events = await publicEventsById(locale)
  if (collection === 'news') {
    const article = toNewsArticle(doc as never, events)
    return { ...shown, kind: 'news', article, publisher: await newsPublisher(locale, article) }
  }
  if (collection === 'press-releases')
    return {
      ...shown,
      kind: collection,
      release: await toReleaseView(locale, doc as never, events, user),
    }
  if (collection === 'galleries')
    return { ...shown, kind: collection, gallery: toGalleryView(doc as never, events) }
  // A session is shown in its event's programme, as the schedule page shows it.
  const eventId = extractID((doc as { event: number | Event }).event)
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
    ...shown,
    kind: 'sessions',
    event: event ?? null,
    sessions: programme.docs.map((session) => toSessionView(session, events)),
  }
}

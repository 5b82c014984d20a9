import path from 'node:path'

import { DOCUMENTS_DIR } from '~/cms/paths'
import type { Document } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { type EventScope, eventWhere, inPublicEvent, scopeKey } from './eventScope'
import { publicEventsById } from './events'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'
import { documentUrl } from './releases'
import { readAs, type Viewer } from './viewer'

export type DocumentView = {
  id: string
  title: string
  description: string
  kind: Document['kind']
  audience: Document['audience']
  embargoUntil: string | null
  url: string
  size: number | null
}

/** The documents this reader may see, of one event or every public one (not release attachments, which are shown with their release). */
export function listDocuments(
  locale: Locale,
  viewer: Viewer = {},
  event: EventScope = 'all',
): Promise<DocumentView[]> {
  return readAs(viewer, `documents:${locale}:${scopeKey(event)}`, async () => {
    const payload = await payloadClient()
    const events = await publicEventsById(locale)
    const { docs } = await payload.find({
      collection: 'documents',
      locale,
      where: { and: [{ release: { exists: false } }, eventWhere(event, [...events.keys()])] },
      sort: 'kind',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: viewer.user ?? null,
    })
    return docs.map((doc) => ({
      id: String(doc.id),
      title: doc.title,
      description: doc.description ?? '',
      kind: doc.kind,
      audience: doc.audience,
      embargoUntil: doc.embargoUntil ?? null,
      url: documentUrl(doc),
      size: doc.filesize ?? null,
    }))
  })
}

/** A document's PDF, read through the same access rules as the list (and never one of a draft event): never cached, checked every time. */
export async function readDocumentFile(
  id: string,
  viewer: Viewer = {},
): Promise<(MediaFile & { filename: string }) | null> {
  if (!/^\d{1,12}$/.test(id) && !/^[0-9a-f]{24}$/.test(id)) return null
  const payload = await payloadClient()
  const doc = await payload
    .findByID({
      collection: 'documents',
      id,
      depth: 0,
      overrideAccess: false,
      user: viewer.user ?? null,
      disableErrors: true,
    })
    .catch(() => null)
  // A draft event's documents are nobody's on the site yet, like its pages.
  if (!doc?.filename || !inPublicEvent(doc.event, await publicEventsById('vi'))) return null
  const file = await openFile(
    path.join(DOCUMENTS_DIR, path.basename(doc.filename)),
    'application/pdf',
  )
  return file ? { ...file, filename: doc.filename } : null
}

import { APIError, type CollectionAdminOptions, type PayloadRequest } from 'payload'

import type { PreviewCollection } from '~/cms/lib/preview/previewToken'
import { createPreviewLink } from './operations/createPreviewLink'

/**
 * The admin's preview button (`admin.preview`) and live-preview pane (`admin.livePreview`) of a
 * content collection: both show the site's preview page through a fresh short-lived link. The
 * pane is server-rendered: the page reloads itself on Payload's "document saved" message
 * (site/components/PreviewBanner.astro). A staff member who may not change the document gets no
 * button and no pane (no link), never an error.
 */
export function previewInAdmin(
  collection: PreviewCollection,
): Pick<CollectionAdminOptions, 'preview' | 'livePreview'> {
  return {
    preview: (doc, { req, locale }) => linkFor(req, collection, doc.id, locale),
    livePreview: {
      url: ({ data, req, locale }) => linkFor(req, collection, data.id, locale?.code),
    },
  }
}

async function linkFor(
  req: PayloadRequest,
  collection: PreviewCollection,
  id: unknown,
  locale: string | undefined,
): Promise<string | null> {
  if (typeof id !== 'number' && typeof id !== 'string') return null
  try {
    return (await createPreviewLink(req, { collection, id, locale })).url
  } catch (error) {
    if (error instanceof APIError && error.status < 500) return null
    throw error
  }
}

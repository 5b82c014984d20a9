import type { Access, PayloadRequest, Where } from 'payload'

import { isStaff, type RoleHolder } from '../lib/roles'
import { isAccreditedJournalist } from './isAccreditedJournalist'

/**
 * Who may have the stored original of an image (full resolution, up to 2400 px): staff and
 * accredited journalists. Everyone else gets the web sizes only. One rule for every channel:
 * Payload's file route (/api/media/file/<name>), the REST documents' `url`, the site's /media/ route
 * and the site's gallery download (site/lib/cms/galleries.ts).
 */
export function mayOpenOriginals(req: Pick<PayloadRequest, 'user'>): boolean {
  return isStaff(req.user as RoleHolder) || isAccreditedJournalist(req)
}

/**
 * The media documents whose file `filename` may be sent to someone who may not have originals: the
 * name must be one of a document's sized copies, never its original.
 */
export function webSizeFileWhere(filename: string, sizeNames: readonly string[]): Where {
  return {
    and: [
      { or: sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })) },
      { filename: { not_equals: filename } },
    ],
  }
}

/**
 * Media documents are public; their files are checked here too, since Payload's file route asks
 * this read access with `isReadingStaticFile` and looks the name up among the document's original
 * and sized copies under the constraint returned: for the public, the name must not be an original.
 */
export const readMedia: Access = ({ req, isReadingStaticFile, data }) => {
  if (!isReadingStaticFile || mayOpenOriginals(req)) return true
  const filename = (data as { filename?: unknown } | undefined)?.filename
  return { filename: { not_equals: typeof filename === 'string' ? filename : '' } }
}

import { APIError, type PayloadRequest, type Where } from 'payload'

import { getEnv } from '~/cms/env'
import {
  isPreviewCollection,
  type PreviewCollection,
  previewExpiry,
  previewPath,
  signPreviewToken,
} from '~/cms/lib/preview/previewToken'
import { siteUrl } from '~/cms/lib/siteUrl'
import { now } from '~/cms/lib/time'

export type PreviewLink = { url: string; expiresAt: Date }

type Problem = 'not-previewable' | 'not-allowed' | 'not-found'

const messages: Record<Problem, { vi: string; en: string; status: number }> = {
  'not-previewable': {
    vi: 'Chỉ xem trước được tin bài, thông cáo, bộ ảnh và phiên trong chương trình.',
    en: 'Only news, press releases, galleries and sessions can be previewed.',
    status: 400,
  },
  'not-allowed': {
    vi: 'Chỉ biên tập viên được sửa nội dung này mới tạo được liên kết xem trước.',
    en: 'Only an editor who may change this item can make a preview link.',
    status: 403,
  },
  'not-found': {
    vi: 'Không tìm thấy nội dung cần xem trước.',
    en: 'The item to preview was not found.',
    status: 404,
  },
}

function refusal(req: PayloadRequest, problem: Problem): APIError {
  const message = messages[problem]
  const language = req.i18n?.language ?? req.locale
  return new APIError(language === 'en' ? message.en : message.vi, message.status, null, true)
}

/** Whether Payload's own update rule lets the caller change this document (a filter is applied to it). */
async function mayUpdate(
  req: PayloadRequest,
  collection: PreviewCollection,
  id: number | string,
): Promise<boolean> {
  if (!req.user) return false
  const verdict = await req.payload.collections[collection].config.access.update({
    req,
    id: id as number,
  })
  if (verdict === true) return true
  if (!verdict) return false
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, verdict as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A short-lived link that shows the latest draft of one document on the site's own layout, for
 * the staff member in `req.user` if Payload lets them change that document (editors, admins).
 * Called by the admin's preview button and live-preview pane (see ../previewInAdmin.ts). Writes
 * nothing: the link carries its own proof (cms/lib/preview/previewToken.ts).
 */
export async function createPreviewLink(
  req: PayloadRequest,
  input: { collection: string; id: number | string; locale?: string | null },
): Promise<PreviewLink> {
  const { collection, id } = input
  if (!isPreviewCollection(collection)) throw refusal(req, 'not-previewable')
  if (req.user?.collection !== 'users' || !(await mayUpdate(req, collection, id)))
    throw refusal(req, 'not-allowed')
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!doc) throw refusal(req, 'not-found')
  const env = getEnv()
  const expiresAt = previewExpiry(now())
  const token = signPreviewToken(env.PAYLOAD_SECRET, {
    collection,
    id: doc.id,
    editorId: req.user.id,
    expiresAt,
  })
  const path = previewPath(collection, doc.id)
  // A session is shown in its day's programme: the link lands on it.
  const anchor = collection === 'sessions' ? `#session-${doc.id}` : ''
  const locale = input.locale === 'en' ? 'en' : 'vi'
  return { url: `${siteUrl(env.SITE_URL, locale, path)}?t=${token}${anchor}`, expiresAt }
}

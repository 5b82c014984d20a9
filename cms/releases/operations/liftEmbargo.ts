import { APIError, type PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { isUnderEmbargo } from '~/cms/lib/embargo'
import { canEditContent } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import type { PressRelease } from '~/cms/payload-types'

const says = (req: PayloadRequest, vi: string, en: string) =>
  req.i18n?.language === 'en' ? en : vi

/**
 * "Lift embargo now": the release's embargo ends at this moment, for every door (the admin's
 * button, REST, a script). Only content editors and admins; only a release still under embargo.
 * The release's published version keeps everything else; its distribution follows from the
 * change (the public copy is queued by the release's afterChange hook, cms/distribution).
 */
export async function liftEmbargo(
  req: PayloadRequest,
  input: { release: number | string },
): Promise<{ release: PressRelease; liftedAt: string }> {
  if (!canEditContent(req.user))
    throw new APIError(
      says(req, 'Chỉ biên tập viên được dỡ lệnh cấm đăng.', 'Only editors may lift an embargo.'),
      403,
      null,
      true,
    )
  return inTransaction(req, async () => {
    const current = await req.payload
      .findByID({
        collection: 'press-releases',
        id: input.release,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!current)
      throw new APIError(
        says(req, 'Không tìm thấy thông cáo.', 'No such press release.'),
        404,
        null,
        true,
      )
    const moment = now()
    if (!isUnderEmbargo(current, moment))
      throw new APIError(
        says(
          req,
          'Thông cáo này không còn bị cấm đăng.',
          'This release is not under embargo any more.',
        ),
        409,
        null,
        true,
      )
    const liftedAt = moment.toISOString()
    const release = await req.payload.update({
      collection: 'press-releases',
      id: current.id,
      data: { embargoUntil: liftedAt },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { release, liftedAt }
  })
}

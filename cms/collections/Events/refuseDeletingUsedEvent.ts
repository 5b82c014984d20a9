import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

import { EVENT_OWNED_COLLECTIONS } from '~/cms/fields/event'

/** An event that anything belongs to is archived, never deleted: its records would lose their event. */
export const refuseDeletingUsedEvent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of EVENT_OWNED_COLLECTIONS) {
    const { totalDocs } = await req.payload.count({
      collection: collection as CollectionSlug,
      where: { event: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw new APIError(
        req.locale === 'en'
          ? 'This event has records (applications, passes, content): archive it instead of deleting it.'
          : 'Sự kiện đã có hồ sơ, thẻ hoặc nội dung: hãy chuyển sang lưu trữ thay vì xóa.',
        409,
        null,
        true,
      )
  }
}

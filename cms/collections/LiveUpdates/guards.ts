import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Live updates are written by the live operations only (cms/live/operations): they check the
 * caller and the session, and number every change (`seq`). Those write with overrideAccess, as do
 * seeds and tests; the admin's forms and REST reach them through the collection's endpoints. Any
 * other write (the Local API on someone's behalf, the built-in bulk edit) is refused here, so no
 * row ever lacks its seq.
 */
export const onlyThroughOperations: CollectionBeforeOperationHook<'live-updates'> = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if ((operation === 'create' || operation === 'update') && !overrideAccess)
    throw new APIError(
      req.i18n?.language === 'en'
        ? 'Live updates are posted, corrected, pinned and removed through the live desk only.'
        : 'Cập nhật trực tiếp chỉ được đăng, đính chính, ghim hoặc gỡ qua bàn tường thuật.',
      403,
      null,
      true,
    )
  return args
}

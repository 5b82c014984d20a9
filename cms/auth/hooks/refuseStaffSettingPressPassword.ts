import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { languageOf } from '../request'

/**
 * Nobody sets a journalist's password but the journalist, through a one-time link (reset-password).
 * Staff send that link (`sendSetPasswordLink`); an update carrying a password is refused whoever
 * asks and whichever door it comes through (admin, REST, bulk edit, Local API). Only the system
 * opening an account (the approval, past access control) gives it a random password.
 */
export const refuseStaffSettingPressPassword: CollectionBeforeOperationHook<'journalists'> = ({
  args,
  operation,
  req,
}) => {
  const { data, overrideAccess } = args as {
    data?: { password?: unknown }
    overrideAccess?: boolean
  }
  if (data?.password === undefined || data.password === null) return args
  if (
    operation === 'update' ||
    operation === 'updateByID' ||
    (operation === 'create' && !overrideAccess)
  ) {
    throw new APIError(
      languageOf(req) === 'en'
        ? "Staff never set a journalist's password: send them a set-password link instead."
        : 'Cán bộ không đặt mật khẩu cho phóng viên: hãy gửi cho phóng viên đường dẫn đặt mật khẩu.',
      403,
      null,
      true,
    )
  }
  return args
}

import { APIError, type PayloadRequest } from 'payload'

import { RESET_PASSWORD_LINK_MS } from '~/cms/lib/auth/sessionLifetimes'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { currentOrNewLink, emailLink } from '../passwordLinks'
import { languageOf } from '../request'

/**
 * Staff help a journalist who cannot sign in by e-mailing them a set-password link — never by
 * choosing their password. The pending link is sent again while it is valid, else a new one.
 */
export async function sendSetPasswordLink(
  req: PayloadRequest,
  input: { journalist: number | string },
): Promise<{ sentTo: string }> {
  const en = languageOf(req) === 'en'
  if (!canHandleAccreditation(req.user))
    throw new APIError(
      en
        ? 'Only accreditation staff may send a set-password link.'
        : 'Chỉ cán bộ cấp thẻ được gửi đường dẫn đặt mật khẩu.',
      403,
      null,
      true,
    )
  const payload = req.payload
  // Numbers on SQLite, ObjectId strings on MongoDB: an id neither can be finds nothing.
  const account = await payload.db
    .findOne<Record<string, unknown> & { id: number; email: string }>({
      collection: 'journalists',
      where: { id: { equals: input.journalist } },
    })
    .catch(() => null)
  if (!account)
    throw new APIError(
      en ? 'No such press account.' : 'Không có tài khoản phóng viên này.',
      404,
      null,
      true,
    )
  if (account.accredited !== true)
    throw new APIError(
      en
        ? 'This press account is closed (the accreditation is not approved): it cannot sign in.'
        : 'Tài khoản này đang đóng (hồ sơ không ở trạng thái chấp thuận) nên không đăng nhập được.',
      409,
      null,
      true,
    )
  await emailLink(
    payload,
    'journalists',
    account,
    await currentOrNewLink(payload, 'journalists', account, RESET_PASSWORD_LINK_MS),
  )
  return { sentTo: account.email }
}

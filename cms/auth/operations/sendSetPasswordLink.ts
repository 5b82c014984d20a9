import { APIError, type PayloadRequest } from 'payload'

import { RESET_PASSWORD_LINK_MS } from '~/cms/lib/auth/sessionLifetimes'
import { extractID } from 'payload/shared'

import { countResend } from '~/cms/accreditation/officerTools'
import { writeAudit } from '~/cms/collections/AccreditationRequests/hooks/recordAudit'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { currentOrNewLink, emailLink } from '../passwordLinks'
import { languageOf } from '../request'

/**
 * Staff help a journalist who cannot sign in by e-mailing them a set-password link — never by
 * choosing their password. The pending link is sent again while it is valid (so the approval
 * e-mail's link keeps working), else a new one. 3 per 10 minutes per account; audited.
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
  await countResend(req, 'set-password', String(account.id))
  await emailLink(
    payload,
    'journalists',
    account,
    await currentOrNewLink(payload, 'journalists', account, RESET_PASSWORD_LINK_MS),
  )
  const request = account.request == null ? null : extractID(account.request as number)
  const application = request
    ? await payload.findByID({
        collection: 'accreditation-requests',
        id: request,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
        select: { referenceCode: true },
      })
    : null
  await writeAudit(req, {
    request: application?.id ?? null,
    referenceCode: application?.referenceCode ?? null,
    action: 'link-sent',
    summary: `${application?.referenceCode ?? `#${account.id}`}: set-password link e-mailed · gửi đường dẫn đặt mật khẩu`,
  })
  return { sentTo: account.email }
}

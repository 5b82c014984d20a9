import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { canHandleAccreditation } from '../../lib/roles'
import { resetPasswordEmail } from './resetPasswordEmail'
import { refuseUnaccreditedLogin } from './refuseUnaccreditedLogin'

const nobody: FieldAccess = () => false

/** Accreditation staff see every press account; a journalist only their own. */
const staffOrSelf: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  return user?.collection === 'journalists' ? { id: { equals: user.id } } : false
}

/**
 * Press accounts: one per approved journalist, opened by the approval itself and signed into on
 * the site's /press/ area. A separate auth collection from staff, so a journalist can never reach
 * the Payload admin, and the account works only while the accreditation stands.
 */
export const Journalists: CollectionConfig<'journalists'> = {
  slug: 'journalists',
  labels: { singular: { vi: 'Tài khoản phóng viên', en: 'Press account' }, plural: { vi: 'Tài khoản phóng viên', en: 'Press accounts' } },
  access: {
    admin: () => false,
    create: () => false,
    read: staffOrSelf,
    update: staffOrSelf,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'accredited', 'passwordSet'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
  },
  auth: {
    tokenExpiration: 60 * 60 * 12,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.SITE_URL?.startsWith('https:') },
    forgotPassword: resetPasswordEmail,
  },
  fields: [
    { name: 'name', type: 'text', required: true, access: { update: nobody }, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'accreditation-requests',
      required: true,
      index: true,
      access: { update: nobody },
      label: { vi: 'Hồ sơ', en: 'Request' },
    },
    {
      name: 'accredited',
      type: 'checkbox',
      defaultValue: false,
      access: { update: nobody },
      admin: { readOnly: true, description: { vi: 'Theo trạng thái hồ sơ: chỉ khi được chấp thuận mới đăng nhập được.', en: 'Follows the request: only an approved journalist can sign in.' } },
      label: { vi: 'Đang được cấp thẻ', en: 'Accredited' },
    },
    { name: 'passwordSet', type: 'checkbox', defaultValue: false, access: { update: nobody }, admin: { readOnly: true }, label: { vi: 'Đã đặt mật khẩu', en: 'Password set' } },
    { name: 'language', type: 'select', defaultValue: 'vi', options: ['vi', 'en'], access: { update: nobody }, label: { vi: 'Ngôn ngữ', en: 'Language' } },
  ],
  hooks: {
    beforeLogin: [refuseUnaccreditedLogin],
  },
}

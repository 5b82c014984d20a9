import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '~/cms/access/isAdmin'
import { isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'
import { staffOrSelfManager } from '~/cms/access/outletManager'
import { authEndpoints } from '~/cms/auth/endpoints'
import { enforcePasswordRule } from '~/cms/auth/hooks/enforcePasswordRule'
import { clearLoginBrake, guardPayloadLogin } from '~/cms/auth/hooks/guardPayloadLogin'
import { PRESS_SESSION_SECONDS } from '~/cms/lib/auth/sessionLifetimes'
import { canHandleAccreditation } from '~/cms/lib/roles'
import {
  approvalByStaffOnly,
  passwordOnlyThroughLink,
  refuseUnapprovedLogin,
  sendLinkOnApproval,
} from './hooks'
import { managerResetEmail } from './passwordEmail'
import { languageLabels, optionsOf } from '~/cms/lib/labels'

const nobody: FieldAccess = () => false
const staff: Access = ({ req: { user } }) => canHandleAccreditation(user)
/** Staff open accounts in the admin; the site's application form (applyForOutletManager) opens unapproved ones. */
const staffOrApplying: Access = ({ req }) =>
  canHandleAccreditation(req.user) || req.context.outletManagerApplication === true

/**
 * An outlet's media manager: one account per outlet, which nominates the outlet's reporters for
 * an event on the site's /outlet/ area. Opened by an officer, or applied for on the site with the
 * outlet's letter and then approved by an officer. Like press accounts, a separate auth collection:
 * a manager never reaches the admin, never sets a password but through a one-time link.
 */
export const OutletManagers: CollectionConfig<'outlet-managers'> = {
  slug: 'outlet-managers',
  labels: {
    singular: { vi: 'Tài khoản cơ quan báo chí', en: 'Outlet media manager' },
    plural: { vi: 'Tài khoản cơ quan báo chí', en: 'Outlet media managers' },
  },
  access: {
    admin: () => false,
    create: staffOrApplying,
    read: staffOrSelfManager,
    update: staff,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'outlet', 'approved', 'passwordSet'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
    description: {
      vi: 'Mật khẩu nhập khi mở tài khoản bị thay bằng mật khẩu ngẫu nhiên: khi tài khoản được duyệt, người phụ trách nhận thư có đường dẫn tự đặt mật khẩu.',
      en: 'A password typed when opening an account is replaced by a random one: once the account is approved, the manager receives a link to set their own.',
    },
  },
  auth: {
    tokenExpiration: PRESS_SESSION_SECONDS,
    useSessions: true,
    maxLoginAttempts: 0,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.SITE_URL?.startsWith('https:'),
    },
    forgotPassword: managerResetEmail,
  },
  endpoints: authEndpoints('outlet-managers'),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
    {
      name: 'outlet',
      type: 'relationship',
      relationTo: 'outlets',
      required: true,
      index: true,
      access: { update: isAccreditationStaffField },
      label: { vi: 'Cơ quan báo chí', en: 'Outlet' },
    },
    { name: 'phone', type: 'text', maxLength: 20, label: { vi: 'Điện thoại', en: 'Phone' } },
    {
      name: 'approved',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isAccreditationStaffField, update: isAccreditationStaffField },
      admin: {
        description: {
          vi: 'Chỉ khi được duyệt mới đăng nhập được; khi duyệt, hệ thống gửi thư đặt mật khẩu.',
          en: 'Only an approved account signs in; approving it e-mails a set-password link.',
        },
      },
      label: { vi: 'Đã duyệt', en: 'Approved' },
    },
    {
      name: 'letter',
      type: 'upload',
      relationTo: 'applicant-files',
      access: { read: isAccreditationStaffField, update: nobody },
      admin: { readOnly: true },
      label: { vi: 'Công văn của cơ quan', en: 'Outlet’s letter' },
    },
    {
      name: 'passwordSet',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true },
      label: { vi: 'Đã đặt mật khẩu', en: 'Password set' },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: optionsOf(['vi', 'en'] as const, languageLabels),
      label: { vi: 'Ngôn ngữ', en: 'Language' },
    },
  ],
  hooks: {
    beforeOperation: [enforcePasswordRule, passwordOnlyThroughLink, guardPayloadLogin],
    beforeChange: [approvalByStaffOnly],
    afterChange: [sendLinkOnApproval],
    beforeLogin: [refuseUnapprovedLogin],
    afterLogin: [clearLoginBrake],
  },
}

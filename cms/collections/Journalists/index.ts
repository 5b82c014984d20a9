import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isAdminField } from '~/cms/access/isAdmin'
import { staffOrSelfJournalist, staffOrSelfJournalistField } from '~/cms/access/journalistSelf'
import { authEndpoints, sendSetPasswordLinkEndpoint } from '~/cms/auth/endpoints'
import { enforcePasswordRule } from '~/cms/auth/hooks/enforcePasswordRule'
import { clearLoginBrake, guardPayloadLogin } from '~/cms/auth/hooks/guardPayloadLogin'
import { refuseStaffSettingPressPassword } from '~/cms/auth/hooks/refuseStaffSettingPressPassword'
import { PRESS_SESSION_SECONDS } from '~/cms/lib/auth/sessionLifetimes'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { resetPasswordEmail } from './resetPasswordEmail'
import { profileFields } from './profileFields'
import { refuseUnaccreditedLogin } from './refuseUnaccreditedLogin'
import { languageLabels, optionsOf } from '~/cms/lib/labels'

const nobody: FieldAccess = () => false

/** Only accreditation staff change a press account; its holder changes their password through a link and their profile through /press/ (cms/profile/operations). */
const staff: Access = ({ req: { user } }) => canHandleAccreditation(user)

/**
 * Press accounts: one per approved journalist, opened by the approval itself and signed into on
 * the site's /press/ area. A separate auth collection from staff, so a journalist can never reach
 * the Payload admin, and the account works only while the accreditation stands.
 */
export const Journalists: CollectionConfig<'journalists'> = {
  slug: 'journalists',
  labels: {
    singular: { vi: 'Tài khoản phóng viên', en: 'Press account' },
    plural: { vi: 'Tài khoản phóng viên', en: 'Press accounts' },
  },
  access: {
    admin: () => false,
    create: () => false,
    read: staffOrSelfJournalist,
    update: staff,
    delete: isAdmin,
    // Nothing is ever locked (no maxLoginAttempts); Payload's default let any signed-in account,
    // a journalist's included, probe which addresses have an account through /unlock.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'accredited', 'passwordSet'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
  },
  auth: {
    tokenExpiration: PRESS_SESSION_SECONDS,
    // Each sign-in is a session stored on the account; signing out removes it, so a copied token stops working.
    useSessions: true,
    // No lockout (anyone could lock a journalist out by typing wrong passwords): the sign-in
    // operation slows wrong passwords down per address and per client instead (cms/auth).
    maxLoginAttempts: 0,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.SITE_URL?.startsWith('https:'),
    },
    forgotPassword: resetPasswordEmail,
  },
  endpoints: [...authEndpoints('journalists'), sendSetPasswordLinkEndpoint],
  fields: [
    {
      name: 'setPasswordLink',
      type: 'ui',
      admin: { components: { Field: '/components/SendSetPasswordLink#SendSetPasswordLink' } },
    },
    // The sign-in address comes from the application; the journalist cannot change it (an address
    // is not an identity: the account is bound to its application by id and identity key).
    {
      name: 'email',
      type: 'email',
      access: { update: isAdminField },
      label: { vi: 'E-mail (tên đăng nhập)', en: 'E-mail (login)' },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      access: { update: nobody },
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
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
      admin: {
        readOnly: true,
        description: {
          vi: 'Theo trạng thái hồ sơ: chỉ khi được chấp thuận mới đăng nhập được.',
          en: 'Follows the request: only an approved journalist can sign in.',
        },
      },
      label: { vi: 'Đang được cấp thẻ', en: 'Accredited' },
    },
    {
      name: 'passwordSet',
      type: 'checkbox',
      defaultValue: false,
      access: { update: nobody },
      admin: { readOnly: true },
      label: { vi: 'Đã đặt mật khẩu', en: 'Password set' },
    },
    {
      name: 'identityKey',
      type: 'text',
      index: true,
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
      // The person (document type and number) this account belongs to: a later approval of the same
      // person re-opens this account, never one found by e-mail.
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: optionsOf(['vi', 'en'] as const, languageLabels),
      access: { update: nobody },
      label: { vi: 'Ngôn ngữ', en: 'Language' },
    },
    {
      name: 'releaseEmails',
      type: 'checkbox',
      defaultValue: false,
      access: { read: staffOrSelfJournalistField, create: nobody, update: nobody },
      admin: {
        readOnly: true,
        description: {
          vi: 'Phóng viên tự chọn trên trang /press/: nhận thông cáo báo chí qua thư, kể cả bản cấm đăng trước giờ công bố.',
          en: 'The journalist chooses on /press/: press releases by e-mail, embargoed ones ahead of their time.',
        },
      },
      label: { vi: 'Nhận thông cáo qua thư', en: 'Press releases by e-mail' },
    },
    ...profileFields,
  ],
  hooks: {
    beforeOperation: [enforcePasswordRule, refuseStaffSettingPressPassword, guardPayloadLogin],
    beforeLogin: [refuseUnaccreditedLogin],
    afterLogin: [clearLoginBrake],
  },
}

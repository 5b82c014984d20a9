import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '~/cms/access/adminOrSelf'
import { canUseAdminPanel } from '~/cms/access/canUseAdminPanel'
import { isAdmin, isAdminField } from '~/cms/access/isAdmin'
import { authEndpoints } from '~/cms/auth/endpoints'
import { enforcePasswordRule } from '~/cms/auth/hooks/enforcePasswordRule'
import { clearLoginBrake, guardPayloadLogin } from '~/cms/auth/hooks/guardPayloadLogin'
import { STAFF_SESSION_SECONDS } from '~/cms/lib/auth/sessionLifetimes'
import { STAFF_ROLES } from '~/cms/lib/roles'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { refuseNonStaffLogin } from './hooks/refuseNonStaffLogin'

const roleLabels: Record<(typeof STAFF_ROLES)[number], { vi: string; en: string }> = {
  admin: { vi: 'Quản trị', en: 'Administrator' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  'accreditation-officer': { vi: 'Cán bộ cấp thẻ tác nghiệp', en: 'Accreditation officer' },
  'checkin-staff': { vi: 'Nhân viên kiểm soát ra vào', en: 'Check-in staff' },
}

/** Press-office staff. Journalists get their own auth collection and never an admin login. */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: { vi: 'Cán bộ', en: 'Staff member' }, plural: { vi: 'Cán bộ', en: 'Staff' } },
  access: {
    admin: canUseAdminPanel,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    // Nothing is ever locked (no maxLoginAttempts); Payload's default let any signed-in account,
    // a journalist's included, probe which addresses have an account through /unlock.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  auth: {
    tokenExpiration: STAFF_SESSION_SECONDS,
    // One stored session per sign-in (several door phones may share one account); sign-out ends one.
    useSessions: true,
    // No lockout: see Journalists. The sign-in operation slows wrong passwords down instead.
    maxLoginAttempts: 0,
    // See Journalists/resetPasswordEmail.ts: Payload's interval reservation deadlocks on SQLite.
    forgotPassword: { minRequestInterval: 0 },
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.CMS_URL?.startsWith('https:'),
    },
  },
  endpoints: authEndpoints('users'),
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Roles' },
      admin: {
        description: {
          vi: 'Không có vai trò nào = tài khoản bị khoá, không đăng nhập được.',
          en: 'No role = the account is suspended and cannot sign in.',
        },
      },
      options: STAFF_ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
  hooks: {
    beforeOperation: [enforcePasswordRule, guardPayloadLogin],
    afterLogin: [clearLoginBrake],
    beforeChange: [ensureFirstUserIsAdmin],
    beforeLogin: [refuseNonStaffLogin],
  },
}

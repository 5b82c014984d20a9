import type { Field } from 'payload'

import { isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'
import { roleLabels } from '~/cms/lib/labels'
import { isValidQuota } from '~/cms/lib/pool/rotation'
import { POOL_QUOTA_FIELDS } from '~/cms/pool/quotaFields'

const QUOTA_MESSAGE = {
  vi: 'Số suất phải là số nguyên từ 0 đến 500.',
  en: 'A quota must be a whole number from 0 to 500.',
}

/**
 * A pool-only session's press pool: its quotas per role (set by accreditation staff; the pool panel
 * saves them through the setPoolQuotas operation) and the panel that names the pool and lists it.
 */
export const poolFields: Field[] = [
  {
    name: 'poolQuotas',
    type: 'group',
    label: { vi: 'Số suất nhóm đại diện', en: 'Pool quotas' },
    access: { create: isAccreditationStaffField, update: isAccreditationStaffField },
    admin: {
      // Shown and edited in the pool panel below (officers cannot save the session's own form).
      hidden: true,
      condition: (data) => data?.pressAccess === 'pool',
    },
    fields: POOL_QUOTA_FIELDS.map(({ role, name }) => ({
      name,
      type: 'number' as const,
      min: 0,
      label: roleLabels[role],
      validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
        isValidQuota(value) ? true : QUOTA_MESSAGE[req.i18n?.language === 'en' ? 'en' : 'vi'],
    })),
  },
  {
    name: 'pool',
    type: 'ui',
    label: { vi: 'Nhóm phóng viên đại diện', en: 'Press pool' },
    admin: {
      condition: (data) => data?.pressAccess === 'pool',
      components: { Field: '/components/PoolPanel#PoolPanel' },
    },
  },
]

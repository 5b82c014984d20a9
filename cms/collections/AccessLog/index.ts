import type { CollectionConfig } from 'payload'

import { isAdmin } from '~/cms/access/isAdmin'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { accessActionLabels, label, optionsOf } from '~/cms/lib/labels'

/**
 * Who of the staff opened which application or applicant file, and when (personal data law:
 * access to personal data must be traceable). Written by cms/hooks/logStaffAccess.ts, never by
 * hand; admins read it, nobody edits it. It names the staff member and the reference code, not
 * the applicant, so it holds no personal data of applicants itself.
 */
export const AccessLog: CollectionConfig<'access-log'> = {
  slug: 'access-log',
  labels: {
    singular: { vi: 'Lượt truy cập dữ liệu cá nhân', en: 'Personal data access' },
    plural: { vi: 'Nhật ký truy cập dữ liệu cá nhân', en: 'Personal data access log' },
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: { vi: 'Quản trị', en: 'Administration' },
    defaultColumns: ['createdAt', 'staffLabel', 'action', 'referenceCode', 'documentId'],
    useAsTitle: 'staffLabel',
  },
  defaultSort: '-createdAt',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  fields: [
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Cán bộ', 'Staff'),
    },
    { name: 'staffLabel', type: 'text', required: true, label: label('Người truy cập', 'Who') },
    {
      // opened-checkin-list: an admin opened the door's list of a day that is not today
      // (documentId: the event, referenceCode: the day).
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(Object.keys(accessActionLabels), accessActionLabels),
      label: label('Việc đã làm', 'Action'),
    },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      label: label('Loại dữ liệu', 'Collection'),
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: label('Mã bản ghi', 'Record ID'),
    },
    { name: 'referenceCode', type: 'text', index: true, label: label('Mã hồ sơ', 'Reference') },
  ],
}

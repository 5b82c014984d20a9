import type { CollectionConfig } from 'payload'

import { isAccreditationStaff } from '~/cms/access/isAccreditationStaff'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { STATUSES } from '~/cms/lib/accreditation/statusFlow'

const statusOptions = STATUSES.map((value) => ({ value, label: value }))

/**
 * The audit trail of applications: who did what, when and why. Written only by the
 * application hooks (in the same transaction as the change); nobody can edit or delete it.
 */
export const AuditEntries: CollectionConfig<'audit-entries'> = {
  slug: 'audit-entries',
  labels: {
    singular: { vi: 'Nhật ký', en: 'Audit entry' },
    plural: { vi: 'Nhật ký xử lý hồ sơ', en: 'Audit trail' },
  },
  access: {
    read: isAccreditationStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
    defaultColumns: ['createdAt', 'request', 'action', 'actorLabel', 'toStatus'],
    useAsTitle: 'summary',
  },
  defaultSort: '-createdAt',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  fields: [
    // Empty once the applicant's data is erased: the entry then keeps only the reference code,
    // the action, the time and the staff member (cms/lifecycle/eraseApplicant.ts).
    { name: 'request', type: 'relationship', relationTo: 'accreditation-requests', index: true },
    { name: 'referenceCode', type: 'text', index: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        'submitted',
        'status-changed',
        'updated',
        'files-replaced',
        'answered',
        'withdrawn',
        'vetting-imported',
        'email-sent',
        'email-failed',
        'documents-purged',
        'erased',
        // Outlet nominations (cms/nominations): who nominated, replaced, withdrew and decided whom.
        'nominated',
        'nominee-replaced',
        'nomination-withdrawn',
        'nomination-decided',
        // The officer's and admin's tools on an application (cms/accreditation/operations/sendStatusLink.ts, cms/lifecycle/operations).
        'link-sent',
        'exported',
      ].map((value) => ({ value, label: value })),
    },
    {
      name: 'actorType',
      type: 'select',
      required: true,
      options: ['staff', 'applicant', 'system'].map((value) => ({ value, label: value })),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', type: 'text' },
    { name: 'fromStatus', type: 'select', options: statusOptions },
    { name: 'toStatus', type: 'select', options: statusOptions },
    { name: 'reasonCode', type: 'text' },
    { name: 'message', type: 'textarea' },
    { name: 'changedFields', type: 'json' },
    { name: 'summary', type: 'text' },
  ],
}

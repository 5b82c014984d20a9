import type { CollectionConfig } from 'payload'

import { isAccreditationStaff } from '~/cms/access/isAccreditationStaff'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { STATUSES } from '~/cms/lib/accreditation/statusFlow'
import {
  actorTypeLabels,
  AUDIT_ACTIONS,
  auditActionLabels,
  label,
  labelIn,
  optionsOf,
  statusLabels,
} from '~/cms/lib/labels'

const statusOptions = optionsOf(STATUSES, statusLabels)

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
    defaultColumns: ['createdAt', 'request', 'action', 'who', 'toStatus'],
    useAsTitle: 'summary',
  },
  defaultSort: '-createdAt',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  fields: [
    // Empty once the applicant's data is erased: the entry then keeps only the reference code,
    // the action, the time and the staff member (cms/lifecycle/eraseApplicant.ts).
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'accreditation-requests',
      index: true,
      label: label('Hồ sơ', 'Application'),
    },
    // A session whose press access was switched (switchSessionAccess): the trail of the door.
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      index: true,
      label: label('Phiên', 'Session'),
    },
    { name: 'referenceCode', type: 'text', index: true, label: label('Mã hồ sơ', 'Reference') },
    {
      // Outlet nominations (cms/nominations) too: who nominated, replaced, withdrew and decided whom.
      name: 'action',
      type: 'select',
      required: true,
      options: optionsOf(AUDIT_ACTIONS, auditActionLabels),
      label: label('Việc đã làm', 'Action'),
    },
    {
      name: 'actorType',
      type: 'select',
      required: true,
      options: optionsOf(['staff', 'applicant', 'system'] as const, actorTypeLabels),
      label: label('Người thực hiện là', 'Done by'),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: label('Cán bộ', 'Staff') },
    { name: 'actorLabel', type: 'text', label: label('Người thực hiện (lưu)', 'Who (stored)') },
    // What the trail shows: the staff member's name, or "Người đăng ký"/"Hệ thống" in the
    // admin's language for the applicant and the system (stored as codes in actorLabel).
    {
      name: 'who',
      type: 'text',
      virtual: true,
      label: label('Người thực hiện', 'Who'),
      admin: { readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData, req }) =>
            siblingData?.actorType === 'staff'
              ? siblingData.actorLabel
              : labelIn(actorTypeLabels, siblingData?.actorType, req.i18n?.language),
        ],
      },
    },
    { name: 'fromStatus', type: 'select', options: statusOptions, label: label('Từ', 'From') },
    {
      name: 'toStatus',
      type: 'select',
      options: statusOptions,
      label: label('Trạng thái mới', 'New status'),
    },
    { name: 'reasonCode', type: 'text', label: label('Lý do', 'Reason') },
    { name: 'message', type: 'textarea', label: label('Lời nhắn / ghi chú', 'Message / note') },
    { name: 'changedFields', type: 'json', label: label('Các trường thay đổi', 'Changed fields') },
    { name: 'summary', type: 'text', label: label('Tóm tắt', 'Summary') },
  ],
}

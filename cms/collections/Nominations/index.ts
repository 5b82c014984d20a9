import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '~/cms/access/isAdmin'
import { isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'
import { staffOrOwnOutlet } from '~/cms/access/outletManager'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { roleLabels } from '~/cms/lib/labels'
import { NOMINEE_STATES } from '~/cms/lib/nominations/nominationRules'
import { decideNominationEndpoint } from '~/cms/nominations/endpoints'

const nobody: FieldAccess = () => false
/** Written only by the nomination operations (cms/nominations/operations), which check the caller first. */
const byOperation: Access = ({ req }) => req.context.nominationWrite === true

const STATE_LABELS = {
  invited: { vi: 'Đã gửi đường dẫn', en: 'Invited' },
  completed: { vi: 'Đã hoàn tất hồ sơ', en: 'Completed' },
  approved: { vi: 'Được chấp thuận', en: 'Approved' },
  rejected: { vi: 'Bị từ chối', en: 'Rejected' },
  replaced: { vi: 'Đã được thay', en: 'Replaced' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
}

/**
 * An outlet's nomination for an event: its official assignment letter and the people it sends.
 * Each nominee completes their own application (portrait, ID, consent) through a personal link;
 * the manager sees states only, never anyone's ID number or portrait. Officers decide each
 * nominee's application (POST /api/nominations/:id/decide, or on the request itself).
 */
export const Nominations: CollectionConfig<'nominations'> = {
  slug: 'nominations',
  labels: {
    singular: { vi: 'Danh sách cử phóng viên', en: 'Nomination' },
    plural: { vi: 'Danh sách cử phóng viên', en: 'Nominations' },
  },
  access: {
    read: staffOrOwnOutlet,
    create: byOperation,
    update: byOperation,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'event', 'outlet', 'state', 'submittedAt'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
    description: {
      vi: 'Cơ quan báo chí cử phóng viên bằng công văn và danh sách. Mỗi người tự hoàn tất hồ sơ qua đường dẫn riêng; hồ sơ của họ được duyệt trong mục Hồ sơ đăng ký.',
      en: 'Outlets nominate their staff with a letter and a list. Each person completes their own application through a personal link; decide them under Accreditation requests.',
    },
  },
  defaultSort: '-submittedAt',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  endpoints: [decideNominationEndpoint],
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true }, label: { vi: 'Tên', en: 'Title' } },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: { vi: 'Sự kiện', en: 'Event' },
    },
    {
      name: 'outlet',
      type: 'relationship',
      relationTo: 'outlets',
      required: true,
      index: true,
      label: { vi: 'Cơ quan báo chí', en: 'Outlet' },
    },
    {
      name: 'manager',
      type: 'relationship',
      relationTo: 'outlet-managers',
      label: { vi: 'Người cử', en: 'Nominated by' },
    },
    {
      name: 'letter',
      type: 'upload',
      relationTo: 'applicant-files',
      access: { read: isAccreditationStaffField },
      label: { vi: 'Công văn cử phóng viên', en: 'Assignment letter' },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'submitted',
      options: [
        { value: 'submitted', label: { vi: 'Đã gửi', en: 'Submitted' } },
        { value: 'withdrawn', label: { vi: 'Đã rút', en: 'Withdrawn' } },
      ],
      label: { vi: 'Trạng thái', en: 'State' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
      label: { vi: 'Gửi lúc', en: 'Submitted' },
    },
    {
      name: 'nominees',
      type: 'array',
      label: { vi: 'Người được cử', en: 'Nominees' },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } },
            {
              name: 'role',
              type: 'select',
              required: true,
              options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
              label: { vi: 'Chức danh', en: 'Role' },
            },
            { name: 'email', type: 'email', required: true, label: { vi: 'E-mail', en: 'E-mail' } },
            {
              name: 'state',
              type: 'select',
              required: true,
              defaultValue: 'invited',
              options: NOMINEE_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
              label: { vi: 'Trạng thái', en: 'State' },
            },
          ],
        },
        {
          name: 'request',
          type: 'relationship',
          relationTo: 'accreditation-requests',
          access: { read: isAccreditationStaffField },
          label: { vi: 'Hồ sơ', en: 'Request' },
        },
        {
          name: 'replaces',
          type: 'text',
          admin: { readOnly: true },
          label: { vi: 'Thay cho', en: 'Replaces' },
        },
        {
          name: 'linkHash',
          type: 'text',
          index: true,
          access: { read: nobody },
          admin: { hidden: true },
        },
        {
          name: 'invitedAt',
          type: 'date',
          admin: { readOnly: true },
          label: { vi: 'Mời lúc', en: 'Invited at' },
        },
        {
          name: 'completedAt',
          type: 'date',
          admin: { readOnly: true },
          label: { vi: 'Hoàn tất lúc', en: 'Completed at' },
        },
      ],
    },
  ],
}

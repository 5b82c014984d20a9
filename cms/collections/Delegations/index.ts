import type { CollectionConfig } from 'payload'

import { isAccreditationStaff } from '~/cms/access/isAccreditationStaff'
import { isAdmin } from '~/cms/access/isAdmin'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'

/**
 * The congress's delegations (đoàn đại biểu) and their contact person: staff-only data. The press
 * centre forwards journalists' interview requests to the contact (cms/interviews). Officers and
 * admins read and write; journalists, editors, the door and the public see nothing of it.
 */
export const Delegations: CollectionConfig<'delegations'> = {
  slug: 'delegations',
  labels: {
    singular: { vi: 'Đoàn đại biểu', en: 'Delegation' },
    plural: { vi: 'Đoàn đại biểu', en: 'Delegations' },
  },
  access: {
    read: isAccreditationStaff,
    create: isAccreditationStaff,
    update: isAccreditationStaff,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['number', 'name', 'contactName', 'contactEmail', 'contactPhone'],
    group: { vi: 'Phỏng vấn đại biểu', en: 'Delegate interviews' },
    description: {
      vi: 'Chỉ cán bộ Trung tâm Báo chí xem được. Đề nghị phỏng vấn được gửi đến e-mail người liên hệ của đoàn.',
      en: 'Staff only. Interview requests are forwarded to the delegation contact’s e-mail.',
    },
  },
  defaultSort: 'number',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: { vi: 'Sự kiện', en: 'Event' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          max: 68,
          label: { vi: 'Số thứ tự đoàn', en: 'Number' },
        },
        { name: 'name', type: 'text', required: true, label: { vi: 'Tên đoàn', en: 'Name (vi)' } },
        { name: 'nameEn', type: 'text', label: { vi: 'Tên tiếng Anh', en: 'Name (en)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactName',
          type: 'text',
          required: true,
          label: { vi: 'Người liên hệ', en: 'Contact person' },
        },
        {
          name: 'contactEmail',
          type: 'email',
          required: true,
          label: { vi: 'E-mail người liên hệ', en: 'Contact e-mail' },
        },
        {
          name: 'contactPhone',
          type: 'text',
          label: { vi: 'Điện thoại', en: 'Phone' },
        },
      ],
    },
    {
      name: 'delegates',
      type: 'array',
      labels: {
        singular: { vi: 'Đại biểu', en: 'Delegate' },
        plural: { vi: 'Đại biểu', en: 'Delegates' },
      },
      label: { vi: 'Đại biểu (có thể đề nghị phỏng vấn)', en: 'Named delegates' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } },
            { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
          ],
        },
      ],
    },
  ],
}

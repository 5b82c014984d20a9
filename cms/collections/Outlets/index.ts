import type { CollectionConfig } from 'payload'

import { anyone } from '~/cms/access/anyone'
import { isAccreditationStaff, isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'

const quota = (name: string, vi: string, en: string, defaultValue: number) =>
  ({
    name,
    type: 'number',
    min: 0,
    max: 100,
    defaultValue,
    required: true,
    admin: { step: 1 },
    label: { vi, en },
  }) as const

/** Press outlets that may send journalists, with how many of each role they may send. */
export const Outlets: CollectionConfig<'outlets'> = {
  slug: 'outlets',
  labels: {
    singular: { vi: 'Cơ quan báo chí', en: 'Outlet' },
    plural: { vi: 'Cơ quan báo chí', en: 'Outlets' },
  },
  access: {
    // The application form lists outlets by name; quotas and contacts stay with staff (field access).
    read: anyone,
    create: isAccreditationStaff,
    update: isAccreditationStaff,
    delete: isAccreditationStaff,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'scope', 'active'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
    listSearchableFields: ['name'],
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 150,
      label: { vi: 'Tên cơ quan', en: 'Name' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          label: { vi: 'Loại hình', en: 'Type' },
          options: [
            { value: 'print', label: { vi: 'Báo in', en: 'Print' } },
            { value: 'tv', label: { vi: 'Truyền hình', en: 'Television' } },
            { value: 'radio', label: { vi: 'Phát thanh', en: 'Radio' } },
            { value: 'online', label: { vi: 'Báo điện tử', en: 'Online' } },
            { value: 'news-agency', label: { vi: 'Thông tấn', en: 'News agency' } },
          ],
        },
        {
          name: 'scope',
          type: 'select',
          required: true,
          label: { vi: 'Phạm vi', en: 'Scope' },
          options: [
            { value: 'provincial', label: { vi: 'Địa phương', en: 'Provincial' } },
            { value: 'national', label: { vi: 'Trung ương', en: 'National' } },
            { value: 'foreign', label: { vi: 'Nước ngoài', en: 'Foreign' } },
          ],
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          label: { vi: 'Nhận đăng ký', en: 'Accepting applications' },
        },
      ],
    },
    {
      name: 'quotas',
      type: 'group',
      label: { vi: 'Số thẻ tối đa theo vai trò', en: 'Quota per role' },
      access: { read: isAccreditationStaffField },
      fields: [
        {
          type: 'row',
          fields: [
            quota('reporter', 'Phóng viên', 'Reporters', 2),
            quota('photographer', 'Phóng viên ảnh', 'Photographers', 1),
            quota('cameraOperator', 'Quay phim', 'Camera operators', 1),
            quota('technician', 'Kỹ thuật viên', 'Technicians', 1),
          ],
        },
      ],
    },
    {
      name: 'contactEmail',
      type: 'email',
      access: { read: isAccreditationStaffField },
      label: { vi: 'E-mail liên hệ', en: 'Contact e-mail' },
    },
  ],
}

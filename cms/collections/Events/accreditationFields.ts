import type { Field } from 'payload'

import { PREFIX_PATTERN } from '~/cms/lib/events/eventRules'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { ZONES } from '~/cms/lib/passes/zones'

const prefix = (value: unknown) =>
  typeof value === 'string' && PREFIX_PATTERN.test(value)
    ? true
    : 'Chỉ chữ in hoa và chữ số (1–8 ký tự) / Upper-case letters and digits only (1–8).'

export const ROLE_LABELS = {
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
  photographer: { vi: 'Phóng viên ảnh', en: 'Photographer' },
  'camera-operator': { vi: 'Quay phim', en: 'Camera operator' },
  technician: { vi: 'Kỹ thuật viên', en: 'Technician' },
}
export const ZONE_LABELS = {
  'press-centre': { vi: 'Trung tâm Báo chí', en: 'Press centre' },
  'plenary-gallery': { vi: 'Khu báo chí hội trường', en: 'Plenary press gallery' },
  'photo-pool': { vi: 'Nhóm ghi hình', en: 'Photo pool' },
}

/** When and how the press may apply for this event: window, zones, quotas, rules, numbering. */
export const accreditationFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'accreditationOpensAt',
        type: 'date',
        label: { vi: 'Mở nhận đăng ký', en: 'Applications open' },
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
      },
      {
        name: 'accreditationClosesAt',
        type: 'date',
        label: { vi: 'Hạn chót đăng ký', en: 'Applications close' },
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
      },
    ],
  },
  {
    name: 'zones',
    type: 'select',
    hasMany: true,
    defaultValue: [...ZONES],
    options: ZONES.map((value) => ({ value, label: ZONE_LABELS[value] })),
    label: { vi: 'Khu vực tác nghiệp', en: 'Zones' },
  },
  {
    name: 'quotas',
    type: 'array',
    label: { vi: 'Hạn mức theo cơ quan và chức danh', en: 'Quotas per outlet and role' },
    admin: {
      description: {
        vi: 'Để trống cơ quan: áp dụng cho mọi cơ quan. Không có dòng nào: dùng hạn mức của cơ quan báo chí.',
        en: 'No outlet: applies to every outlet. No row: the outlet’s own quota applies.',
      },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'outlet',
            type: 'relationship',
            relationTo: 'outlets',
            label: { vi: 'Cơ quan', en: 'Outlet' },
          },
          {
            name: 'role',
            type: 'select',
            required: true,
            options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
            label: { vi: 'Chức danh', en: 'Role' },
          },
          {
            name: 'max',
            type: 'number',
            required: true,
            min: 0,
            max: 1000,
            label: { vi: 'Tối đa', en: 'At most' },
          },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'pressRulesVersion',
        type: 'text',
        maxLength: 20,
        label: { vi: 'Phiên bản quy chế áp dụng', en: 'Press rules version in force' },
      },
      {
        name: 'referencePrefix',
        type: 'text',
        required: true,
        unique: true,
        maxLength: 8,
        validate: prefix,
        label: { vi: 'Tiền tố mã hồ sơ', en: 'Reference prefix' },
      },
      {
        name: 'passPrefix',
        type: 'text',
        required: true,
        unique: true,
        maxLength: 8,
        validate: prefix,
        label: { vi: 'Tiền tố số thẻ', en: 'Pass number prefix' },
      },
    ],
  },
]

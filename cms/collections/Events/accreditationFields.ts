import type { Field } from 'payload'

import { PREFIX_PATTERN } from '~/cms/lib/events/eventRules'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { ZONES } from '~/cms/lib/passes/zones'
import { optionsOf, roleLabels, zoneLabels } from '~/cms/lib/labels'

const prefix = (value: unknown) =>
  typeof value === 'string' && PREFIX_PATTERN.test(value)
    ? true
    : 'Chỉ chữ in hoa và chữ số (1–8 ký tự) / Upper-case letters and digits only (1–8).'

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
    options: optionsOf(ZONES, zoneLabels),
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
            options: optionsOf(ROLES, roleLabels),
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

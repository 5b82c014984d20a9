import type { Field } from 'payload'

import { NATIONALITIES } from '~/cms/lib/accreditation/applicationSchema'
import { checkIdNumber, type IdType } from '~/cms/lib/accreditation/identity'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { STATUSES } from '~/cms/lib/accreditation/statusFlow'
import { outletLabelField } from '~/cms/fields/outletLabel'
import { consent, decision } from './decisionFields'
import { internal, nobody } from './fieldAccess'
import { label, roleLabels, statusLabels } from './labels'
import { languageLabels, nationalityLabels, optionsOf } from '~/cms/lib/labels'

const applicant: Field[] = [
  {
    name: 'fullName',
    type: 'text',
    required: true,
    maxLength: 100,
    label: label('Họ và tên (như trên giấy tờ)', 'Full name (as on the ID)'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'dateOfBirth',
        type: 'date',
        required: true,
        label: label('Ngày sinh', 'Date of birth'),
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
      {
        name: 'nationality',
        type: 'select',
        required: true,
        defaultValue: 'VN',
        options: optionsOf(NATIONALITIES, nationalityLabels),
        label: label('Quốc tịch', 'Nationality'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'idType',
        type: 'select',
        required: true,
        options: [
          { value: 'cccd', label: label('Căn cước công dân', 'Citizen ID (CCCD)') },
          { value: 'passport', label: label('Hộ chiếu', 'Passport') },
        ],
        label: label('Loại giấy tờ', 'ID type'),
      },
      {
        name: 'idNumber',
        type: 'text',
        required: true,
        maxLength: 20,
        label: label('Số giấy tờ', 'ID number'),
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
          if (typeof value !== 'string' || !value) return 'Required'
          const dob = siblingData.dateOfBirth ? String(siblingData.dateOfBirth).slice(0, 10) : null
          const problem = checkIdNumber(siblingData.idType as IdType, value, {
            nationality: String(siblingData.nationality ?? 'VN'),
            dateOfBirth: dob,
          })
          return problem ? `Invalid ID number (${problem})` : true
        },
      },
      {
        name: 'pressCardNumber',
        type: 'text',
        maxLength: 20,
        label: label('Số thẻ nhà báo', 'Press card number'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'outlet',
        type: 'relationship',
        relationTo: 'outlets',
        index: true,
        label: label('Cơ quan báo chí', 'Outlet'),
      },
      {
        name: 'outletOther',
        type: 'text',
        maxLength: 150,
        label: label('Cơ quan khác (chưa có trong danh sách)', 'Other outlet (not listed)'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'role',
        type: 'select',
        required: true,
        index: true,
        options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
        label: label('Vai trò', 'Role'),
      },
      {
        name: 'days',
        type: 'text',
        hasMany: true,
        required: true,
        label: label('Ngày tác nghiệp', 'Days'),
        admin: { description: label('YYYY-MM-DD', 'YYYY-MM-DD') },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'email',
        type: 'email',
        required: true,
        index: true,
        label: label('E-mail', 'E-mail'),
      },
      {
        name: 'phone',
        type: 'text',
        required: true,
        maxLength: 20,
        label: label('Điện thoại', 'Phone'),
      },
      {
        name: 'language',
        type: 'select',
        defaultValue: 'vi',
        options: optionsOf(['vi', 'en'] as const, languageLabels),
        label: label('Ngôn ngữ liên hệ', 'Language'),
      },
    ],
  },
  {
    name: 'equipment',
    type: 'textarea',
    maxLength: 500,
    label: label('Thiết bị mang theo', 'Equipment'),
  },
]

const files: Field[] = [
  {
    name: 'portrait',
    type: 'upload',
    relationTo: 'applicant-files',
    required: true,
    label: label('Ảnh chân dung', 'Portrait'),
    filterOptions: { kind: { equals: 'portrait' } },
  },
  {
    name: 'letter',
    type: 'upload',
    relationTo: 'applicant-files',
    required: true,
    label: label('Giấy giới thiệu của cơ quan', 'Assignment letter'),
    filterOptions: { kind: { equals: 'letter' } },
  },
  {
    name: 'applicantAnswer',
    type: 'textarea',
    maxLength: 1000,
    label: label('Trả lời của người đăng ký', 'Applicant’s answer'),
    admin: { readOnly: true },
  },
]

export const requestFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'referenceCode',
        type: 'text',
        unique: true,
        index: true,
        access: { create: nobody, update: nobody },
        admin: { readOnly: true },
        label: label('Mã hồ sơ', 'Reference'),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'submitted',
        index: true,
        options: STATUSES.map((value) => ({ value, label: statusLabels[value] })),
        label: label('Trạng thái', 'Status'),
      },
    ],
  },
  {
    type: 'tabs',
    tabs: [
      { label: label('Người đăng ký', 'Applicant'), fields: applicant },
      { label: label('Tệp đính kèm', 'Files'), fields: files },
      { label: label('Quyết định', 'Decision'), fields: decision },
      { label: label('Đồng ý & quy chế', 'Consent'), fields: consent },
      {
        label: label('Lịch sử', 'History'),
        fields: [
          {
            name: 'history',
            type: 'join',
            collection: 'audit-entries',
            on: 'request',
            defaultSort: '-createdAt',
            label: label('Nhật ký xử lý', 'Audit trail'),
            admin: {
              defaultColumns: ['createdAt', 'action', 'who', 'toStatus', 'message'],
              // Payload's join table offers "Add new" whatever the collection's create access:
              // nobody writes the trail by hand.
              allowCreate: false,
            },
          },
        ],
      },
    ],
  },
  // The outlet as the lists read it ("Khác: <typed name>" for an outlet not on the list).
  outletLabelField(label('Cơ quan báo chí', 'Outlet')),
  // The admin's name for the request (relations, pickers, the audit trail): kept by a hook.
  {
    name: 'title',
    type: 'text',
    index: true,
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
    label: label('Hồ sơ', 'Application'),
  },
  // Kept by hooks: one row per person and event, per submitted form, per quota place (unique in
  // the database); the person's key itself repeats across events.
  {
    name: 'referenceNumber',
    type: 'number',
    index: true,
    access: internal,
    admin: { hidden: true },
  },
  { name: 'identityKey', type: 'text', index: true, access: internal, admin: { hidden: true } },
  { name: 'applicationKey', type: 'text', unique: true, access: internal, admin: { hidden: true } },
  { name: 'idempotencyKey', type: 'text', unique: true, access: internal, admin: { hidden: true } },
  { name: 'quotaPlace', type: 'text', unique: true, access: internal, admin: { hidden: true } },
  // The status link's per-request secret (cms/lib/accreditation/statusToken): no API caller reads it, staff included.
  {
    name: 'statusSecret',
    type: 'text',
    access: { read: nobody, create: nobody, update: nobody },
    admin: { hidden: true },
  },
]

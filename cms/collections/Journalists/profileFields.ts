import type { Field, FieldAccess } from 'payload'

import { isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'
import { staffOrSelfJournalistField } from '~/cms/access/journalistSelf'
import { label, roleLabels } from '~/cms/collections/AccreditationRequests/labels'
import { NATIONALITIES } from '~/cms/lib/accreditation/applicationSchema'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { nationalityLabels, optionsOf } from '~/cms/lib/labels'

const nobody: FieldAccess = () => false
/** Personal data: the journalist and accreditation staff read it; staff correct it in the admin. */
const personal = { read: staffOrSelfJournalistField, update: isAccreditationStaffField }
/** Who the person is: set only from an approved application (the account is bound to it). */
const identity = { read: staffOrSelfJournalistField, create: nobody, update: nobody }
const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/**
 * The returning journalist's profile, filled from each approved application
 * (AccreditationRequests/hooks/openPressAccount.ts) and the start of their next one. A change
 * here never reaches an issued pass: the pass belongs to its application; a correction travels
 * only with a new application, which an officer decides.
 */
export const profileFields: Field[] = [
  {
    type: 'collapsible',
    label: label('Hồ sơ cá nhân (dùng lại cho sự kiện sau)', 'Profile (reused for later events)'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'dateOfBirth',
            type: 'date',
            access: personal,
            admin: day,
            label: label('Ngày sinh', 'Date of birth'),
          },
          {
            name: 'nationality',
            type: 'select',
            options: optionsOf(NATIONALITIES, nationalityLabels),
            access: personal,
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
            options: [
              { value: 'cccd', label: label('Căn cước công dân', 'Citizen ID (CCCD)') },
              { value: 'passport', label: label('Hộ chiếu', 'Passport') },
            ],
            access: identity,
            admin: { readOnly: true },
            label: label('Loại giấy tờ', 'ID type'),
          },
          {
            name: 'idNumber',
            type: 'text',
            maxLength: 20,
            access: identity,
            admin: { readOnly: true },
            label: label('Số giấy tờ', 'ID number'),
          },
          {
            name: 'idExpiresAt',
            type: 'date',
            access: personal,
            admin: day,
            label: label('Giấy tờ hết hạn', 'ID expires'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'pressCardNumber',
            type: 'text',
            maxLength: 20,
            access: personal,
            label: label('Số thẻ nhà báo', 'Press card number'),
          },
          {
            name: 'outlet',
            type: 'relationship',
            relationTo: 'outlets',
            access: personal,
            label: label('Cơ quan báo chí', 'Outlet'),
          },
          {
            name: 'outletOther',
            type: 'text',
            maxLength: 150,
            access: personal,
            label: label('Cơ quan khác', 'Other outlet'),
          },
          {
            name: 'role',
            type: 'select',
            options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
            access: personal,
            label: label('Vai trò', 'Role'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'phone',
            type: 'text',
            maxLength: 20,
            access: personal,
            label: label('Điện thoại', 'Phone'),
          },
          {
            name: 'portrait',
            type: 'upload',
            relationTo: 'applicant-files',
            access: { ...personal, update: nobody },
            admin: { readOnly: true },
            label: label('Ảnh chân dung', 'Portrait'),
          },
          {
            name: 'portraitDate',
            type: 'date',
            access: { ...personal, update: nobody },
            admin: { readOnly: true, ...day },
            label: label('Ngày chụp/tải ảnh', 'Portrait taken'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'keepProfile',
            type: 'checkbox',
            access: { read: staffOrSelfJournalistField, create: nobody, update: nobody },
            admin: {
              readOnly: true,
              description: label(
                'Người làm báo tự chọn trên trang /press/. Nếu không đồng ý, hồ sơ bị xoá khi hết thời hạn lưu trữ.',
                'The journalist chooses on /press/. Without their consent the profile is cleared at the end of the retention period.',
              ),
            },
            label: label('Đồng ý lưu hồ sơ cho sự kiện sau', 'Keep profile for later events'),
          },
          {
            name: 'keepProfileAnsweredAt',
            type: 'date',
            access: { read: staffOrSelfJournalistField, create: nobody, update: nobody },
            admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
            label: label('Thời điểm trả lời', 'Answered at'),
          },
          {
            name: 'profileClearedAt',
            type: 'date',
            access: { read: isAccreditationStaffField, create: nobody, update: nobody },
            admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
            label: label('Hồ sơ đã xoá (hết hạn lưu trữ)', 'Profile cleared (retention)'),
          },
        ],
      },
    ],
  },
]

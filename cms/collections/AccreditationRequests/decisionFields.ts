import type { Field } from 'payload'

import { REASON_CODES } from '~/cms/lib/accreditation/statusFlow'
import { internal, nobody, staffOnly } from './fieldAccess'
import { label, reasonLabels } from './labels'
import { optionsOf, vettingResultLabels } from '~/cms/lib/labels'

/** The press office's side of a request: its decision, the security vetting, and the consents recorded. */
export const decision: Field[] = [
  {
    name: 'reasonCode',
    type: 'select',
    access: staffOnly,
    options: REASON_CODES.map((value) => ({ value, label: reasonLabels[value] })),
    label: label('Lý do', 'Reason'),
  },
  {
    name: 'decisionMessage',
    type: 'textarea',
    maxLength: 1000,
    access: staffOnly,
    label: label('Lời nhắn gửi người đăng ký', 'Message to the applicant'),
    admin: {
      description: label(
        'Bắt buộc khi từ chối hoặc yêu cầu bổ sung; được gửi qua e-mail.',
        'Required to reject or to ask for information; sent by e-mail.',
      ),
    },
  },
  {
    name: 'vetting',
    type: 'group',
    label: label('Thẩm tra an ninh', 'Security vetting'),
    access: staffOnly,
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'result',
            type: 'select',
            defaultValue: 'pending',
            options: optionsOf(['pending', 'cleared', 'flagged'] as const, vettingResultLabels),
            label: label('Kết quả', 'Result'),
          },
          { name: 'note', type: 'text', maxLength: 500, label: label('Ghi chú', 'Note') },
          {
            name: 'checkedAt',
            type: 'date',
            admin: { readOnly: true },
            label: label('Thời điểm', 'Checked at'),
          },
        ],
      },
    ],
  },
]

export const consent: Field[] = [
  {
    name: 'rulesVersion',
    type: 'text',
    access: { update: nobody },
    admin: { readOnly: true },
    label: label('Phiên bản quy chế đã chấp nhận', 'Rules version accepted'),
  },
  {
    name: 'rulesAcceptedAt',
    type: 'date',
    access: internal,
    admin: { readOnly: true },
    label: label('Chấp nhận quy chế lúc', 'Rules accepted at'),
  },
  {
    name: 'dataConsentAt',
    type: 'date',
    access: internal,
    admin: { readOnly: true },
    label: label('Đồng ý xử lý dữ liệu lúc', 'Data consent given at'),
  },
]

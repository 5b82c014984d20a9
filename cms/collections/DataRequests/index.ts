import type { CollectionConfig, FieldAccess } from 'payload'

import { isAccreditationStaff, isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'
import { isAdmin } from '~/cms/access/isAdmin'
import { label } from '~/cms/collections/AccreditationRequests/labels'
import { staffNameField } from '~/cms/fields/staffName'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'

import { completeDataRequestEndpoint } from './completeEndpoint'

const nobody: FieldAccess = () => false
const setByOperation = { create: nobody, update: nobody }
const when = { date: { displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * A journalist's request to see or delete everything the office holds about them (Decree
 * 13/2023: answered within 72 hours). Made on /press/ (cms/profile/operations/requestDataDeletion)
 * and answered by accreditation staff with the button on the request
 * (cms/profile/operations/completeDataRequest); nobody else sees them. The rows stay after an
 * erasure, naming no one, as proof that the request was answered and when.
 */
export const DataRequests: CollectionConfig<'data-requests'> = {
  slug: 'data-requests',
  labels: {
    singular: { vi: 'Yêu cầu về dữ liệu cá nhân', en: 'Personal data request' },
    plural: { vi: 'Yêu cầu về dữ liệu cá nhân', en: 'Personal data requests' },
  },
  access: {
    read: isAccreditationStaff,
    create: () => false,
    update: isAccreditationStaff,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'status', 'deadline', 'receivedAt', 'handledByName'],
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
  },
  defaultSort: 'deadline',
  hooks: { afterError: [answerNotFoundWhenRefused] },
  endpoints: [completeDataRequestEndpoint],
  fields: [
    {
      name: 'complete',
      type: 'ui',
      admin: { components: { Field: '/components/CompleteDataRequest#CompleteDataRequest' } },
    },
    {
      name: 'subject',
      type: 'text',
      access: setByOperation,
      admin: { readOnly: true },
      label: label('Người yêu cầu', 'Requested by'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { value: 'access', label: label('Xem/tải dữ liệu', 'Access (copy of the data)') },
            { value: 'deletion', label: label('Xoá dữ liệu', 'Deletion') },
          ],
          access: setByOperation,
          admin: { readOnly: true },
          label: label('Loại yêu cầu', 'Kind'),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: [
            { value: 'received', label: label('Đã nhận, chờ xử lý', 'Received, to handle') },
            { value: 'done', label: label('Đã thực hiện', 'Done') },
            { value: 'refused', label: label('Từ chối (ghi lý do)', 'Refused (see notes)') },
          ],
          access: setByOperation,
          admin: { readOnly: true },
          label: label('Trạng thái', 'Status'),
        },
      ],
    },
    {
      name: 'journalist',
      type: 'relationship',
      relationTo: 'journalists',
      index: true,
      access: setByOperation,
      admin: { readOnly: true },
      label: label('Tài khoản phóng viên', 'Press account'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          type: 'date',
          required: true,
          access: setByOperation,
          admin: { readOnly: true, ...when },
          label: label('Nhận lúc', 'Received'),
        },
        {
          name: 'deadline',
          type: 'date',
          required: true,
          index: true,
          access: setByOperation,
          admin: {
            readOnly: true,
            ...when,
            description: label(
              'Nghị định 13/2023/NĐ-CP: trong 72 giờ kể từ khi nhận yêu cầu.',
              'Decree 13/2023: within 72 hours of the request.',
            ),
          },
          label: label('Hạn xử lý', 'Deadline'),
        },
        {
          name: 'handledAt',
          type: 'date',
          access: setByOperation,
          admin: { readOnly: true, ...when },
          label: label('Xử lý lúc', 'Handled'),
        },
      ],
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: 'users',
      access: setByOperation,
      admin: { readOnly: true, hidden: true },
      label: label('Người xử lý', 'Handled by'),
    },
    staffNameField('handledBy', label('Người xử lý', 'Handled by')),
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 2000,
      access: { read: isAccreditationStaffField, update: isAccreditationStaffField },
      label: label('Ghi chú', 'Notes'),
    },
  ],
}

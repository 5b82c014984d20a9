import type { CollectionConfig } from 'payload'

import { staffOrOwnPass } from '~/cms/access/applicant'
import { isAdmin } from '~/cms/access/isAdmin'
import { isAccreditationStaff, isAccreditationStaffField } from '~/cms/access/isAccreditationStaff'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { ZONES } from '~/cms/lib/passes/zones'
import { notifyPassHolder } from '~/cms/passes/notifyPassHolder'
import { enforcePassRules } from './enforcePassRules'
import { eventField } from '~/cms/fields/event'
import { printBadgesEndpoint } from '~/cms/passes/endpoints'
import { label, optionsOf, zoneLabels } from '~/cms/lib/labels'

/**
 * Press passes. One per approved request, issued by the request's hooks (cms/passes/operations);
 * the QR code is made from the pass's random serial, version, days and zones when it is shown (see
 * cms/lib/passes/passToken). Every write goes through enforcePassRules.
 */
export const Passes: CollectionConfig<'passes'> = {
  slug: 'passes',
  labels: {
    singular: label('Thẻ tác nghiệp', 'Press pass'),
    plural: label('Thẻ tác nghiệp', 'Press passes'),
  },
  access: {
    read: staffOrOwnPass,
    create: () => false,
    update: isAccreditationStaff,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'passNumber',
    defaultColumns: ['passNumber', 'request', 'status', 'version', 'zones'],
    group: label('Cấp thẻ tác nghiệp', 'Accreditation'),
    // Batch badge printing: the selected passes (or every pass the filter matches) as one PDF.
    components: { beforeListTable: ['/components/PrintBadges#PrintBadges'] },
  },
  endpoints: [printBadgesEndpoint],
  // Number, request and serial are frozen, version and revokedAt derived: enforcePassRules refuses
  // or overrides any write to them, whichever door it comes through.
  fields: [
    eventField(),
    {
      type: 'row',
      fields: [
        {
          name: 'passNumber',
          type: 'text',
          required: true,
          unique: true,
          admin: { readOnly: true },
          label: label('Số thẻ', 'Pass number'),
        },
        {
          name: 'request',
          type: 'relationship',
          relationTo: 'accreditation-requests',
          required: true,
          unique: true,
          admin: { readOnly: true },
          label: label('Hồ sơ', 'Request'),
        },
        {
          name: 'version',
          type: 'number',
          required: true,
          defaultValue: 1,
          access: { update: () => false },
          admin: { readOnly: true },
          label: label('Phiên bản', 'Version'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: [
            { value: 'active', label: label('Hiệu lực', 'Active') },
            { value: 'revoked', label: label('Đã thu hồi', 'Revoked') },
          ],
          label: label('Trạng thái', 'Status'),
        },
        {
          name: 'revokedReason',
          type: 'text',
          maxLength: 300,
          label: label('Lý do thu hồi', 'Reason for revoking'),
        },
        {
          name: 'revokedAt',
          type: 'date',
          access: { update: () => false },
          admin: { readOnly: true },
          label: label('Thu hồi lúc', 'Revoked at'),
        },
      ],
    },
    // Names the pass in its QR code and admissions; never reused, unlike the row id. Staff only.
    {
      name: 'serial',
      type: 'text',
      unique: true,
      access: { read: isAccreditationStaffField },
      admin: { readOnly: true, position: 'sidebar' },
      label: label('Mã định danh', 'Serial'),
    },
    {
      name: 'days',
      type: 'text',
      hasMany: true,
      required: true,
      label: label('Ngày hiệu lực', 'Valid days'),
      admin: { components: { Cell: '/components/DayCell#DayCell' } },
    },
    {
      name: 'zones',
      type: 'select',
      hasMany: true,
      required: true,
      options: optionsOf(ZONES, zoneLabels),
      label: label('Khu vực', 'Zones'),
    },
  ],
  hooks: {
    beforeChange: [enforcePassRules],
    afterChange: [notifyPassHolder],
    afterError: [answerNotFoundWhenRefused],
  },
}

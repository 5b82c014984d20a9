import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { staffOrOwnPass } from '../../access/applicant'
import { isAdmin } from '../../access/isAdmin'
import { isAccreditationStaff } from '../../access/isAccreditationStaff'
import { answerNotFoundWhenRefused } from '../../hooks/answerNotFoundWhenRefused'
import { needsNewVersion, ZONES } from '../../lib/passes/zones'
import type { Pass } from '../../payload-types'

const label = (vi: string, en: string) => ({ vi, en })

/** Revoking a pass, or changing its days or zones, bumps its version: older QR codes stop working. */
const bumpVersion: CollectionBeforeChangeHook<Pass> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const after = { status: data.status ?? originalDoc.status, days: data.days ?? originalDoc.days, zones: data.zones ?? originalDoc.zones }
  if (!needsNewVersion(originalDoc, after)) return data
  return { ...data, version: (originalDoc.version ?? 1) + 1, revokedAt: after.status === 'revoked' ? new Date().toISOString() : null }
}

/**
 * Press passes. One per approved request, issued by the request's hooks; the QR code is made
 * from the pass id, version, days and zones when it is shown (see cms/lib/passes/passToken).
 */
export const Passes: CollectionConfig<'passes'> = {
  slug: 'passes',
  labels: { singular: label('Thẻ tác nghiệp', 'Press pass'), plural: label('Thẻ tác nghiệp', 'Press passes') },
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
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'passNumber', type: 'text', required: true, unique: true, access: { update: () => false }, admin: { readOnly: true }, label: label('Số thẻ', 'Pass number') },
        { name: 'request', type: 'relationship', relationTo: 'accreditation-requests', required: true, unique: true, access: { update: () => false }, admin: { readOnly: true }, label: label('Hồ sơ', 'Request') },
        { name: 'version', type: 'number', required: true, defaultValue: 1, access: { update: () => false }, admin: { readOnly: true }, label: label('Phiên bản', 'Version') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, defaultValue: 'active', options: [{ value: 'active', label: label('Hiệu lực', 'Active') }, { value: 'revoked', label: label('Đã thu hồi', 'Revoked') }], label: label('Trạng thái', 'Status') },
        { name: 'revokedReason', type: 'text', maxLength: 300, label: label('Lý do thu hồi', 'Reason for revoking') },
        { name: 'revokedAt', type: 'date', access: { update: () => false }, admin: { readOnly: true }, label: label('Thu hồi lúc', 'Revoked at') },
      ],
    },
    { name: 'days', type: 'text', hasMany: true, required: true, label: label('Ngày hiệu lực', 'Valid days') },
    { name: 'zones', type: 'select', hasMany: true, required: true, options: ZONES.map((value) => ({ value, label: value })), label: label('Khu vực', 'Zones') },
  ],
  hooks: { beforeChange: [bumpVersion], afterError: [answerNotFoundWhenRefused] },
}

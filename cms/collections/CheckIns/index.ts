import type { CollectionConfig } from 'payload'

import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { attendanceExport, attendanceSummary } from './attendance'
import { VERDICTS } from '~/cms/lib/passes/checkInVerdict'
import { isAccreditationStaff } from '~/cms/access/isAccreditationStaff'
import { ZONES } from '~/cms/lib/passes/zones'
import { eventField } from '~/cms/fields/event'
import { staffNameField } from '~/cms/fields/staffName'
import { label, optionsOf, verdictLabels, zoneLabels } from '~/cms/lib/labels'

/**
 * Every scan at the door, accepted or refused: when, by whom, at which list (day and zone), and
 * the verdict. Written only by recordScan (cms/checkin/operations); nobody edits the log.
 */
export const CheckIns: CollectionConfig<'check-ins'> = {
  slug: 'check-ins',
  labels: {
    singular: label('Lượt kiểm soát', 'Check-in'),
    plural: label('Kiểm soát ra vào', 'Check-ins'),
  },
  access: {
    read: isAccreditationStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: label('Cấp thẻ tác nghiệp', 'Accreditation'),
    defaultColumns: [
      'scannedAt',
      'passNumber',
      'day',
      'session',
      'zone',
      'verdict',
      'staffName',
      'offline',
    ],
    useAsTitle: 'passNumber',
    components: { beforeListTable: ['/components/AttendancePanel#AttendancePanel'] },
  },
  defaultSort: '-scannedAt',
  fields: [
    eventField(),
    {
      name: 'pass',
      type: 'relationship',
      relationTo: 'passes',
      index: true,
      label: label('Thẻ', 'Pass'),
    },
    // The pass's serial: still names the pass after it is deleted, and never names another one.
    { name: 'passSerial', type: 'text', index: true, admin: { hidden: true } },
    { name: 'passNumber', type: 'text', index: true, label: label('Số thẻ', 'Pass number') },
    // What staff typed by hand, as typed ("p17", "0017"): null for a scanned QR code.
    {
      name: 'typed',
      type: 'text',
      maxLength: 100,
      label: label('Số đã nhập tay', 'Typed by hand'),
    },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      label: label('Ngày', 'Day'),
      admin: { components: { Cell: '/components/DayCell#DayCell' } },
    },
    // A per-session list's session (issue 14); empty for a whole day's list.
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      index: true,
      label: label('Phiên (danh sách theo phiên)', 'Session (per-session list)'),
    },
    {
      name: 'zone',
      type: 'select',
      required: true,
      options: optionsOf(ZONES, zoneLabels),
      label: label('Khu vực (danh sách)', 'Zone (list)'),
    },
    {
      name: 'verdict',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(VERDICTS, verdictLabels),
      label: label('Kết quả', 'Verdict'),
    },
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'users',
      label: label('Cán bộ quét', 'Staff'),
      admin: { hidden: true },
    },
    staffNameField('staff', label('Cán bộ quét', 'Scanned by')),
    {
      name: 'scannedAt',
      type: 'date',
      required: true,
      index: true,
      label: label('Thời điểm quét', 'Scanned at'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'offline',
      type: 'checkbox',
      defaultValue: false,
      label: label('Quét khi mất mạng', 'Scanned offline'),
    },
    { name: 'scanId', type: 'text', unique: true, admin: { hidden: true } },
    // Set only on an admission where re-entry is not allowed (cms/lib/passes/admission): the database refuses a second one.
    { name: 'admissionKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
  hooks: { afterError: [answerNotFoundWhenRefused] },
  endpoints: [attendanceSummary, attendanceExport],
}

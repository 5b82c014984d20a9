import type { Access, CollectionConfig, Field } from 'payload'

import { slugField } from '~/cms/fields/slug'
import { EVENT_KINDS, EVENT_STATES } from '~/cms/lib/events/eventRules'
import { canEditContent, canHandleAccreditation, canUseAdminPanel, isStaff } from '~/cms/lib/roles'
import { accreditationFields } from './accreditationFields'
import { refuseDeletingUsedEvent } from './refuseDeletingUsedEvent'

const KIND_LABELS = {
  congress: { vi: 'Đại hội', en: 'Congress' },
  'council-session': { vi: 'Kỳ họp HĐND', en: 'People’s Council session' },
  'press-conference': { vi: 'Họp báo', en: 'Press conference' },
  festival: { vi: 'Lễ hội', en: 'Festival' },
  'leader-visit': { vi: 'Chuyến thăm của lãnh đạo', en: 'Leaders’ visit' },
  other: { vi: 'Sự kiện khác', en: 'Other event' },
}
const STATE_LABELS = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  open: { vi: 'Đang diễn ra / mở', en: 'Open' },
  closed: { vi: 'Đã khóa đăng ký', en: 'Closed' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
}

const count = (name: string, vi: string, en: string) =>
  ({ name, type: 'number', min: 0, max: 100000, admin: { step: 1 }, label: { vi, en } }) as const

/** The public sees every event but a draft; staff see drafts too. */
const readEvents: Access = ({ req: { user } }) =>
  isStaff(user) ? true : { state: { not_equals: 'draft' } }
/** The press office's calendar is kept by editors (facts, programme) and officers (accreditation). */
const keepsCalendar: Access = ({ req: { user } }) =>
  canEditContent(user) || canHandleAccreditation(user)

const factFields: Field[] = [
  {
    name: 'delegates',
    type: 'group',
    label: { vi: 'Đại biểu', en: 'Delegates' },
    fields: [
      {
        type: 'row',
        fields: [
          count('total', 'Tổng số đại biểu', 'Total delegates'),
          count('exOfficio', 'Đại biểu đương nhiên', 'Ex officio'),
          count('appointed', 'Đại biểu chỉ định', 'Appointed'),
          count('alternates', 'Đại biểu dự khuyết', 'Alternates'),
          count('delegations', 'Số đoàn đại biểu', 'Delegations'),
        ],
      },
    ],
  },
  {
    name: 'organiser',
    type: 'text',
    localized: true,
    label: { vi: 'Cơ quan phụ trách báo chí', en: 'Press office' },
  },
  {
    name: 'pressContact',
    type: 'group',
    label: { vi: 'Liên hệ báo chí', en: 'Press contact' },
    fields: [
      { name: 'email', type: 'email', label: { vi: 'E-mail', en: 'E-mail' } },
      {
        name: 'phone',
        type: 'text',
        maxLength: 40,
        label: { vi: 'Điện thoại', en: 'Phone' },
      },
    ],
  },
]

/**
 * The press office's calendar: every application, pass, check-in list, session, release, gallery
 * and document belongs to one event. The site features the current or next one.
 */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: {
    singular: { vi: 'Sự kiện', en: 'Event' },
    plural: { vi: 'Sự kiện', en: 'Events' },
  },
  access: {
    read: readEvents,
    create: keepsCalendar,
    update: keepsCalendar,
    delete: ({ req: { user } }) => canHandleAccreditation(user) && canUseAdminPanel(user),
  },
  admin: {
    useAsTitle: 'name',
    group: { vi: 'Sự kiện', en: 'Events' },
    defaultColumns: ['name', 'kind', 'startDate', 'state'],
  },
  defaultSort: '-startDate',
  hooks: { beforeDelete: [refuseDeletingUsedEvent] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tên sự kiện', en: 'Name' },
    },
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      maxLength: 100,
      label: { vi: 'Tên ngắn', en: 'Short name' },
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'other',
          options: EVENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          label: { vi: 'Loại', en: 'Kind' },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: EVENT_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
          label: { vi: 'Trạng thái', en: 'State' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Bắt đầu', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'endDate',
          type: 'date',
          required: true,
          label: { vi: 'Kết thúc', en: 'Ends' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startDate?: unknown } }) =>
            !value ||
            !siblingData.startDate ||
            new Date(value as string) >= new Date(siblingData.startDate as string)
              ? true
              : 'Ngày kết thúc phải sau ngày bắt đầu / The end must not be before the start.',
        },
      ],
    },
    { name: 'venue', type: 'text', localized: true, label: { vi: 'Địa điểm', en: 'Venue' } },
    {
      name: 'city',
      type: 'text',
      localized: true,
      label: { vi: 'Tỉnh / thành phố', en: 'Province / city' },
    },
    { name: 'about', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'About' } },
    {
      type: 'tabs',
      tabs: [
        { label: { vi: 'Thông tin công bố', en: 'Public facts' }, fields: factFields },
        {
          label: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
          fields: accreditationFields,
        },
      ],
    },
  ],
}

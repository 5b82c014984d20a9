import type { CollectionConfig } from 'payload'

import { anyone } from '~/cms/access/anyone'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { previewInAdmin } from '~/cms/content/previewInAdmin'
import { LIVE_STATES } from '~/cms/lib/live/liveStates'
import { PRESS_ACCESS, SESSION_TYPES } from '~/cms/lib/schedule/sessionTypes'
import { eventField } from '~/cms/fields/event'
import { poolFields } from './poolFields'

const TYPE_LABELS = {
  plenary: { vi: 'Phiên toàn thể', en: 'Plenary session' },
  closed: { vi: 'Phiên họp kín', en: 'Closed session' },
  'press-conference': { vi: 'Họp báo', en: 'Press conference' },
  cultural: { vi: 'Chương trình văn hóa', en: 'Cultural event' },
}
const ACCESS_LABELS = {
  open: { vi: 'Mở cho báo chí', en: 'Open to the press' },
  pool: { vi: 'Nhóm phóng viên đại diện (pool)', en: 'Press pool only' },
  closed: { vi: 'Không mở cho báo chí', en: 'Closed to the press' },
}
const LIVE_LABELS = {
  none: { vi: 'Không tường thuật', en: 'Not live' },
  live: { vi: 'Đang tường thuật trực tiếp', en: 'Live now' },
  ended: { vi: 'Đã kết thúc tường thuật', en: 'Live coverage ended' },
}
const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}

/** The programme: one row per session; days come from the start times (Asia/Ho_Chi_Minh). */
export const Sessions: CollectionConfig<'sessions'> = {
  slug: 'sessions',
  labels: {
    singular: { vi: 'Phiên / hoạt động', en: 'Session' },
    plural: { vi: 'Chương trình', en: 'Schedule' },
  },
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    ...previewInAdmin('sessions'),
    useAsTitle: 'title',
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['title', 'startsAt', 'endsAt', 'type', 'pressAccess'],
  },
  defaultSort: 'startsAt',
  fields: [
    eventField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tên phiên', en: 'Title' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { vi: 'Nội dung', en: 'Description' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Bắt đầu', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: { vi: 'Kết thúc', en: 'Ends' },
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value ||
            !siblingData.startsAt ||
            new Date(String(value)) > new Date(siblingData.startsAt)
              ? true
              : 'The end must come after the start.',
        },
      ],
    },
    {
      name: 'venue',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: { vi: 'Địa điểm', en: 'Venue' },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'plenary',
      options: SESSION_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
      label: { vi: 'Loại', en: 'Type' },
    },
    {
      name: 'pressAccess',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: PRESS_ACCESS.map((value) => ({ value, label: ACCESS_LABELS[value] })),
      label: { vi: 'Báo chí', en: 'Press access' },
    },
    {
      name: 'pressAccessChangedAt',
      type: 'date',
      admin: { ...dateTime, readOnly: true },
      label: { vi: 'Đổi quyền báo chí lúc', en: 'Press access changed at' },
    },
    {
      name: 'liveState',
      type: 'select',
      defaultValue: 'none',
      index: true,
      options: LIVE_STATES.map((value) => ({ value, label: LIVE_LABELS[value] })),
      label: { vi: 'Tường thuật trực tiếp', en: 'Live coverage' },
    },
    {
      name: 'liveOpenedAt',
      type: 'date',
      admin: { ...dateTime, readOnly: true },
      label: { vi: 'Bắt đầu tường thuật', en: 'Live coverage opened' },
    },
    {
      name: 'liveClosedAt',
      type: 'date',
      admin: { ...dateTime, readOnly: true },
      label: { vi: 'Kết thúc tường thuật', en: 'Live coverage closed' },
    },
    ...poolFields,
  ],
}

import type { CollectionConfig } from 'payload'

import { anyone } from '~/cms/access/anyone'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { previewInAdmin } from '~/cms/content/previewInAdmin'
import { PRESS_ACCESS, SESSION_TYPES } from '~/cms/lib/schedule/sessionTypes'
import { eventField } from '~/cms/fields/event'
import { enforceAccessSwitch, recordAccessSwitch } from '~/cms/sessions/enforceAccessSwitch'
import { switchAccessEndpoint } from '~/cms/sessions/endpoints'
import { liveSessionEndpoints } from '~/cms/live/endpoints'
import { liveCoverageFields } from './liveCoverageFields'
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
  // Press access (issue 14): one rule for every door, a switch operation, an audit entry.
  hooks: { beforeChange: [enforceAccessSwitch], afterChange: [recordAccessSwitch] },
  endpoints: [switchAccessEndpoint, ...liveSessionEndpoints],
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
          admin: {
            date: {
              pickerAppearance: 'dayAndTime',
              timeFormat: 'HH:mm',
              displayFormat: 'dd/MM/yyyy HH:mm',
            },
          },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: { vi: 'Kết thúc', en: 'Ends' },
          admin: {
            date: {
              pickerAppearance: 'dayAndTime',
              timeFormat: 'HH:mm',
              displayFormat: 'dd/MM/yyyy HH:mm',
            },
          },
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
      // An action, not data: the press office's switch (switchSessionAccess), with the access now.
      name: 'switchPressAccess',
      type: 'ui',
      label: { vi: 'Đổi quyền báo chí', en: 'Switch press access' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/SessionAccessSwitch#SessionAccessSwitch' },
      },
    },
    ...liveCoverageFields,
    ...poolFields,
  ],
}

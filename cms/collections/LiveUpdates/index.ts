import type { CollectionConfig } from 'payload'

import { anyone } from '~/cms/access/anyone'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { UPDATE_KINDS, UPDATE_STATES } from '~/cms/lib/live/liveStates'

const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}
const kindLabels = {
  text: { vi: 'Tin ngắn', en: 'Text' },
  photo: { vi: 'Ảnh', en: 'Photo' },
  quote: { vi: 'Trích dẫn', en: 'Quote' },
  'key-point': { vi: 'Điểm nhấn', en: 'Key point' },
}
const stateLabels = {
  published: { vi: 'Đã đăng', en: 'Published' },
  corrected: { vi: 'Đã đính chính', en: 'Corrected' },
  deleted: { vi: 'Đã gỡ', en: 'Deleted' },
}

/**
 * One short update of a session's live coverage ("tường thuật trực tiếp"). Readers follow them on
 * /live/<session>/ (Server-Sent Events). `seq` orders every change of every update (a post, a
 * correction, a deletion): the stream's cursor and its `Last-Event-ID`.
 */
export const LiveUpdates: CollectionConfig<'live-updates'> = {
  slug: 'live-updates',
  labels: {
    singular: { vi: 'Cập nhật trực tiếp', en: 'Live update' },
    plural: { vi: 'Tường thuật trực tiếp', en: 'Live updates' },
  },
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: () => false,
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'text',
    defaultColumns: ['text', 'session', 'kind', 'state', 'postedAt'],
  },
  defaultSort: '-seq',
  fields: [
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      required: true,
      index: true,
      label: { vi: 'Phiên', en: 'Session' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'text',
      options: UPDATE_KINDS.map((value) => ({ value, label: kindLabels[value] })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: { vi: 'Nội dung', en: 'Text' },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh', en: 'Photo' },
    },
    { name: 'credit', type: 'text', maxLength: 200, label: { vi: 'Nguồn ảnh', en: 'Credit' } },
    {
      name: 'speaker',
      type: 'text',
      maxLength: 200,
      label: { vi: 'Người phát biểu', en: 'Speaker' },
    },
    { name: 'pinned', type: 'checkbox', defaultValue: false, label: { vi: 'Ghim', en: 'Pinned' } },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: [
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ],
      label: { vi: 'Ngôn ngữ', en: 'Language' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'published',
      options: UPDATE_STATES.map((value) => ({ value, label: stateLabels[value] })),
      label: { vi: 'Trạng thái', en: 'State' },
    },
    {
      name: 'correction',
      type: 'textarea',
      maxLength: 500,
      label: { vi: 'Ghi chú đính chính', en: 'Correction note' },
    },
    {
      name: 'postedAt',
      type: 'date',
      index: true,
      admin: dateTime,
      label: { vi: 'Đăng lúc', en: 'Posted at' },
    },
    {
      name: 'changedAt',
      type: 'date',
      admin: dateTime,
      label: { vi: 'Sửa lúc', en: 'Changed at' },
    },
    {
      name: 'seq',
      type: 'number',
      unique: true,
      index: true,
      admin: { readOnly: true },
      label: { vi: 'Số thứ tự thay đổi', en: 'Change number' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      label: { vi: 'Người đăng', en: 'Posted by' },
    },
  ],
}

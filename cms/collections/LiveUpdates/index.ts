import type { CollectionConfig } from 'payload'

import { anyone } from '~/cms/access/anyone'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { UPDATE_KINDS, UPDATE_STATES } from '~/cms/lib/live/liveStates'
import { liveUpdateEndpoints } from '~/cms/live/endpoints'
import { removedForEditorsOnly } from '~/cms/access/removedLiveContent'
import { onlyThroughOperations } from './guards'

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
  // create/update let editors use the admin's forms; those forms, REST and the buttons reach the
  // operations through the collection's endpoints (cms/live/endpoints.ts), and any other write
  // without overrideAccess is refused (onlyThroughOperations).
  access: {
    read: anyone,
    create: isContentEditor,
    update: isContentEditor,
    delete: () => false,
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'text',
    defaultColumns: ['text', 'session', 'kind', 'state', 'pinned', 'postedAt', 'seq'],
    listSearchableFields: ['text'],
    description: {
      vi: 'Mới nhất ở trên. Mở/kết thúc tường thuật trong trang của phiên. Sửa nội dung là đính chính (cần ghi chú); "Gỡ" giữ lại nội dung để lưu hồ sơ.',
      en: 'Newest first. Open or close coverage on the session’s page. Changing the text is a correction (with a note); "Remove" keeps the text on record.',
    },
  },
  defaultSort: '-seq',
  disableDuplicate: true,
  hooks: { beforeOperation: [onlyThroughOperations] },
  endpoints: liveUpdateEndpoints,
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
      access: { read: removedForEditorsOnly },
      label: { vi: 'Nội dung', en: 'Text' },
      admin: {
        description: {
          vi: 'Sửa sau khi đăng là đính chính: ghi rõ đã sửa gì trong ô "Ghi chú đính chính".',
          en: 'A change after posting is a correction: say what changed in "Correction note".',
        },
      },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      access: { read: removedForEditorsOnly },
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
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'correction',
      type: 'textarea',
      maxLength: 500,
      access: { read: removedForEditorsOnly },
      label: { vi: 'Ghi chú đính chính', en: 'Correction note' },
      admin: { condition: (data) => Boolean(data?.id) },
    },
    {
      name: 'postedAt',
      type: 'date',
      index: true,
      admin: { ...dateTime, readOnly: true, position: 'sidebar' },
      label: { vi: 'Đăng lúc', en: 'Posted at' },
    },
    {
      name: 'changedAt',
      type: 'date',
      admin: { ...dateTime, readOnly: true, position: 'sidebar' },
      label: { vi: 'Sửa lúc', en: 'Changed at' },
    },
    {
      name: 'seq',
      type: 'number',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Số thứ tự thay đổi', en: 'Change number' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Người đăng', en: 'Posted by' },
    },
    {
      // Buttons, not data: "Remove" calls deleteLiveUpdate (POST /api/live-updates/:id/delete).
      name: 'actions',
      type: 'ui',
      label: { vi: 'Gỡ cập nhật', en: 'Remove update' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/RemoveLiveUpdateButton#RemoveLiveUpdateButton' },
      },
    },
  ],
}

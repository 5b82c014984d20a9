import type { CollectionConfig } from 'payload'

import { readReleases } from '~/cms/access/embargoedContent'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { previewInAdmin } from '~/cms/content/previewInAdmin'
import { publishedAtField } from '~/cms/fields/publishedAt'
import { slugField } from '~/cms/fields/slug'
import { setPublishedAt } from '../News/hooks/setPublishedAt'
import { assignNumber } from './hooks/assignNumber'
import { liftEmbargoNow } from './hooks/liftEmbargoNow'
import { eventField } from '~/cms/fields/event'

/**
 * Press releases (thông cáo báo chí): numbered, drafts and scheduled publishing like news, and an
 * optional embargo. Before the embargo lifts only accredited journalists read them; the rule is
 * applied at read time (access control), so it holds for pages, REST, GraphQL, feeds and search.
 */
export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  labels: {
    singular: { vi: 'Thông cáo báo chí', en: 'Press release' },
    plural: { vi: 'Thông cáo báo chí', en: 'Press releases' },
  },
  access: {
    read: readReleases,
    readVersions: isContentEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    ...previewInAdmin('press-releases'),
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'publishedAt', 'embargoUntil', '_status'],
    group: { vi: 'Nội dung', en: 'Content' },
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: '-publishedAt',
  fields: [
    eventField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tiêu đề', en: 'Title' },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: { vi: 'Tóm tắt', en: 'Summary' },
    },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    {
      name: 'attachments',
      type: 'join',
      collection: 'documents',
      on: 'release',
      label: { vi: 'Tệp đính kèm (PDF)', en: 'Attachments (PDF)' },
      admin: {
        defaultColumns: ['title', 'filename', 'filesize'],
        description: {
          vi: 'Tải lên trong "Tài liệu" và chọn thông cáo này.',
          en: 'Upload under Documents and choose this release.',
        },
      },
    },
    {
      name: 'contact',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: { vi: 'Liên hệ', en: 'Press contact' },
    },
    {
      name: 'number',
      type: 'number',
      unique: true,
      index: true,
      label: { vi: 'Số', en: 'Number' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { vi: 'Tự đánh số theo thứ tự.', en: 'Given in order.' },
      },
    },
    slugField('title'),
    publishedAtField,
    {
      name: 'embargoUntil',
      type: 'date',
      index: true,
      label: { vi: 'Cấm đăng đến', en: 'Embargo until' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
        description: {
          vi: 'Trước thời điểm này chỉ phóng viên được cấp thẻ (đã đăng nhập) xem được thông cáo.',
          en: 'Before this time only signed-in accredited journalists can read the release.',
        },
      },
    },
    {
      name: 'liftEmbargoNow',
      type: 'checkbox',
      virtual: true,
      label: { vi: 'Dỡ lệnh cấm đăng ngay', en: 'Lift embargo now' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Đánh dấu rồi lưu: thông cáo công khai ngay.',
          en: 'Tick and save: the release becomes public at once.',
        },
      },
    },
  ],
  hooks: {
    beforeChange: [assignNumber, liftEmbargoNow, setPublishedAt],
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}

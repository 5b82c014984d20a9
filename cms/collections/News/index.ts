import type { CollectionConfig } from 'payload'

import { isContentEditor } from '~/cms/access/isContentEditor'
import { previewInAdmin } from '~/cms/content/previewInAdmin'
import { publishedOrEditor } from '~/cms/access/publishedOrEditor'
import { publishedAtField } from '~/cms/fields/publishedAt'
import { slugField } from '~/cms/fields/slug'
import { setPublishedAt } from './hooks/setPublishedAt'
import { eventField } from '~/cms/fields/event'

/** News articles: drafts, versions, scheduled publishing; visible to the public once published and due. */
export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: {
    singular: { vi: 'Tin bài', en: 'News article' },
    plural: { vi: 'Tin tức', en: 'News' },
  },
  access: {
    read: publishedOrEditor,
    readVersions: isContentEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    ...previewInAdmin('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: '-publishedAt',
  fields: [
    eventField({ required: false }),
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
      maxLength: 400,
      label: { vi: 'Sa-pô (tóm tắt)', en: 'Summary' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện', en: 'Lead image' },
    },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    slugField('title'),
    publishedAtField,
    {
      name: 'author',
      type: 'text',
      label: { vi: 'Tác giả', en: 'Author' },
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [setPublishedAt],
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}

import type { CollectionConfig } from 'payload'

import { isContentEditor } from '~/cms/access/isContentEditor'
import { previewInAdmin } from '~/cms/content/previewInAdmin'
import { publishedOrEditor } from '~/cms/access/publishedOrEditor'
import { publishedAtField } from '~/cms/fields/publishedAt'
import { slugField } from '~/cms/fields/slug'
import { setPublishedAt } from '../News/hooks/setPublishedAt'
import { eventField } from '~/cms/fields/event'

/**
 * Photo galleries. Caption and credit live in our own fields per photo, because sharp strips the
 * photos' embedded metadata. The images themselves are Media documents (sized AVIF/WebP/JPEG).
 */
export const Galleries: CollectionConfig<'galleries'> = {
  slug: 'galleries',
  labels: {
    singular: { vi: 'Bộ ảnh', en: 'Photo gallery' },
    plural: { vi: 'Bộ ảnh', en: 'Photo galleries' },
  },
  access: {
    read: publishedOrEditor,
    readVersions: isContentEditor,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    ...previewInAdmin('galleries'),
    useAsTitle: 'title',
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['title', 'publishedAt', '_status'],
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
      maxLength: 400,
      label: { vi: 'Giới thiệu', en: 'Summary' },
    },
    {
      name: 'photos',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 200,
      label: { vi: 'Ảnh', en: 'Photos' },
      fields: [
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          required: true,
          label: { vi: 'Ảnh', en: 'Image' },
        },
        {
          name: 'caption',
          type: 'textarea',
          localized: true,
          maxLength: 400,
          label: { vi: 'Chú thích', en: 'Caption' },
        },
        {
          name: 'credit',
          type: 'text',
          maxLength: 120,
          label: { vi: 'Tác giả ảnh', en: 'Credit' },
        },
      ],
    },
    slugField('title'),
    publishedAtField,
  ],
  hooks: { beforeChange: [setPublishedAt] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 20 },
}

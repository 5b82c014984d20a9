import type { CollectionConfig } from 'payload'

import { isContentEditor } from '~/cms/access/isContentEditor'
import { readPoolPhotos } from '~/cms/access/poolPhotos'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { label } from '~/cms/lib/labels'
import { POOL_CAPTION_MAX, POOL_CREDIT_MAX } from '~/cms/lib/poolPhotos/poolPhotoRules'
import { POOL_PHOTOS_DIR } from '~/cms/paths'
import { poolPhotoEndpoints } from '~/cms/poolphotos/endpoints'

const frozen = { create: () => false, update: () => false }

/**
 * The pool gallery of a session: photos its pool members upload from the press area
 * (uploadPoolPhotos). The originals live under data/private (never media/) and go to staff and
 * the accredited press of the event only (cms/access/poolPhotos.ts); the public sees a photo only
 * once an editor releases it (releasePoolPhotos), as a media document in web sizes.
 * Rows are written by the operations only; editors may correct a caption or credit here.
 */
export const PoolPhotos: CollectionConfig<'pool-photos'> = {
  slug: 'pool-photos',
  labels: {
    singular: label('Ảnh pool', 'Pool photo'),
    plural: label('Ảnh pool', 'Pool photos'),
  },
  access: {
    read: readPoolPhotos,
    create: () => false,
    update: isContentEditor,
    delete: () => false,
  },
  admin: {
    group: label('Nội dung', 'Content'),
    useAsTitle: 'credit',
    defaultColumns: ['filename', 'session', 'credit', 'caption', 'released', 'createdAt'],
    listSearchableFields: ['credit', 'caption'],
    // Select photos in the list, then "Release": releasePoolPhotos through its endpoint.
    components: { beforeListTable: ['/components/ReleasePoolPhotos#ReleasePoolPhotos'] },
  },
  hooks: { afterError: [answerNotFoundWhenRefused] },
  endpoints: poolPhotoEndpoints,
  fields: [
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      required: true,
      index: true,
      access: frozen,
      label: label('Phiên', 'Session'),
    },
    // The session's event, kept on the row so read access is one filter (the event's press).
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      index: true,
      access: frozen,
      admin: { position: 'sidebar', readOnly: true },
      label: label('Sự kiện', 'Event'),
    },
    {
      name: 'journalist',
      type: 'relationship',
      relationTo: 'journalists',
      index: true,
      access: { ...frozen, read: ({ req }) => req.user?.collection === 'users' },
      admin: { readOnly: true },
      label: label('Người chụp (tài khoản)', 'Photographer (account)'),
    },
    {
      name: 'pass',
      type: 'relationship',
      relationTo: 'passes',
      access: { ...frozen, read: ({ req }) => req.user?.collection === 'users' },
      admin: { readOnly: true },
      label: label('Thẻ trong nhóm pool', 'Pool pass'),
    },
    {
      name: 'credit',
      type: 'text',
      maxLength: POOL_CREDIT_MAX,
      label: label('Tác giả ảnh (tên / cơ quan)', 'Credit (name / outlet)'),
    },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: POOL_CAPTION_MAX,
      label: label('Chú thích', 'Caption'),
    },
    {
      name: 'released',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: frozen,
      admin: { position: 'sidebar', readOnly: true },
      label: label('Đã công bố', 'Released'),
    },
    {
      name: 'releasedAt',
      type: 'date',
      access: frozen,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
      label: label('Công bố lúc', 'Released at'),
    },
    {
      name: 'releasedMedia',
      type: 'upload',
      relationTo: 'media',
      access: frozen,
      admin: { position: 'sidebar', readOnly: true },
      label: label('Ảnh công khai (cỡ web)', 'Public image (web sizes)'),
    },
    {
      name: 'gallery',
      type: 'relationship',
      relationTo: 'galleries',
      access: frozen,
      admin: { position: 'sidebar', readOnly: true },
      label: label('Bộ ảnh công khai', 'Public gallery'),
    },
  ],
  upload: {
    staticDir: POOL_PHOTOS_DIR,
    // Every stored original is a JPEG we re-encoded (normalisePoolPhoto); previews are WebP.
    mimeTypes: ['image/jpeg', 'image/webp'],
    imageSizes: [
      {
        name: 'thumbnail',
        width: 400,
        height: 300,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 75 } },
      },
      {
        name: 'preview',
        width: 1200,
        height: 1200,
        fit: 'inside',
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
    ],
    adminThumbnail: 'thumbnail',
    // Payload's file route (admin, REST) answers only after the read access above.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
}

import type { CollectionConfig } from 'payload'

import { isContentEditor } from '~/cms/access/isContentEditor'
import { mayOpenOriginals, readMedia } from '~/cms/access/mediaFiles'
import { MEDIA_DIR } from '~/cms/paths'

/**
 * Public images (news, galleries). Every original passes through sharp (resizeOptions), which
 * re-encodes it and drops EXIF/GPS metadata. Applicants' files never live here. The web sizes are
 * public; the original file goes to staff and accredited press only (cms/access/mediaFiles.ts).
 */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Image' }, plural: { vi: 'Thư viện ảnh', en: 'Media' } },
  access: {
    read: readMedia,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: { group: { vi: 'Nội dung', en: 'Content' }, defaultColumns: ['filename', 'alt', 'credit'] },
  hooks: {
    // The original's address is not handed to someone who may not open it (REST and Local API alike).
    afterRead: [({ doc, req }) => (mayOpenOriginals(req) ? doc : { ...doc, url: null })],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text' } },
    { name: 'credit', type: 'text', label: { vi: 'Tác giả / nguồn', en: 'Credit' } },
  ],
  upload: {
    staticDir: MEDIA_DIR,
    // AVIF is listed because Payload checks the resized copies' types against this list too.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'card', width: 800, height: 450, position: 'centre', formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'cardJpeg', width: 800, height: 450, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 80, mozjpeg: true } } },
      { name: 'cardAvif', width: 800, height: 450, position: 'centre', formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } } },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'heroAvif', width: 1600, withoutEnlargement: true, formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } } },
      { name: 'heroJpeg', width: 1600, withoutEnlargement: true, formatOptions: { format: 'jpeg', options: { quality: 80, mozjpeg: true } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
}

import type { CollectionConfig } from 'payload'

import { readDocuments } from '~/cms/access/embargoedContent'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { DOCUMENT_AUDIENCES } from '~/cms/lib/embargo'
import { DOCUMENTS_DIR } from '~/cms/paths'
import { eventField } from '~/cms/fields/event'

/**
 * PDF documents: the congress's electronic documents, the press kit and press-release attachments.
 * Stored outside media/, served only through access checks: public, accredited press only, or press
 * until an embargo lifts. An attachment of a release is visible exactly when its release is.
 */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  labels: {
    singular: { vi: 'Tài liệu', en: 'Document' },
    plural: { vi: 'Tài liệu', en: 'Documents' },
  },
  access: {
    read: readDocuments,
    create: isContentEditor,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'title',
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['title', 'kind', 'audience', 'embargoUntil', 'release'],
  },
  defaultSort: '-createdAt',
  fields: [
    eventField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { vi: 'Tên tài liệu', en: 'Title' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: { vi: 'Mô tả', en: 'Description' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'congress',
      options: [
        { value: 'congress', label: { vi: 'Tài liệu Đại hội', en: 'Congress document' } },
        { value: 'press-kit', label: { vi: 'Tài liệu báo chí', en: 'Press kit' } },
        { value: 'attachment', label: { vi: 'Đính kèm thông cáo', en: 'Release attachment' } },
      ],
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: DOCUMENT_AUDIENCES.map((value) => ({
        value,
        label: {
          public: { vi: 'Công khai', en: 'Public' },
          press: { vi: 'Chỉ phóng viên được cấp thẻ', en: 'Accredited press only' },
          embargoed: {
            vi: 'Phóng viên, công khai sau thời điểm cấm đăng',
            en: 'Press under embargo, public afterwards',
          },
        }[value],
      })),
      label: { vi: 'Ai được xem', en: 'Audience' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      label: { vi: 'Cấm đăng đến', en: 'Embargo until' },
      admin: {
        position: 'sidebar',
        date: {
          pickerAppearance: 'dayAndTime',
          timeFormat: 'HH:mm',
          displayFormat: 'dd/MM/yyyy HH:mm',
        },
        condition: (data) => data?.audience === 'embargoed',
      },
      validate: (value: unknown, { siblingData }: { siblingData: { audience?: string } }) =>
        siblingData.audience !== 'embargoed' || value
          ? true
          : 'An embargoed document needs an embargo time.',
    },
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'press-releases',
      index: true,
      label: { vi: 'Thuộc thông cáo', en: 'Attached to release' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Nếu chọn, tài liệu theo lệnh cấm đăng của thông cáo.',
          en: 'If set, the file follows the release’s embargo.',
        },
      },
    },
  ],
  upload: {
    staticDir: DOCUMENTS_DIR,
    mimeTypes: ['application/pdf'],
  },
}

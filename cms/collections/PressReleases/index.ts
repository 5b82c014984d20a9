import type { CollectionConfig } from 'payload'

import { readReleases } from '~/cms/access/embargoedContent'
import { isContentEditor } from '~/cms/access/isContentEditor'
import { previewInAdmin } from '~/cms/content/previewInAdmin'
import { publishedAtField } from '~/cms/fields/publishedAt'
import { slugField } from '~/cms/fields/slug'
import { setPublishedAt } from '../News/hooks/setPublishedAt'
import { assignNumber } from './hooks/assignNumber'
import { eventField } from '~/cms/fields/event'
import { DISTRIBUTION_STATES, distributionLabels } from '~/cms/lib/distribution/distributionRules'
import { detachDeliveries } from '~/cms/distribution/hooks/detachDeliveries'
import { queueDistribution } from '~/cms/distribution/hooks/queueDistribution'
import { readDistributionState } from '~/cms/distribution/hooks/readDistributionState'
import { liftEmbargoEndpoint } from './endpoints'

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
        date: {
          pickerAppearance: 'dayAndTime',
          timeFormat: 'HH:mm',
          displayFormat: 'dd/MM/yyyy HH:mm',
        },
        description: {
          vi: 'Trước thời điểm này chỉ phóng viên được cấp thẻ (đã đăng nhập) xem được thông cáo.',
          en: 'Before this time only signed-in accredited journalists can read the release.',
        },
      },
    },
    {
      // An action, not data: a checkbox stored nowhere was read-only in the admin (Payload makes
      // virtual fields read-only), so the box could never be ticked. The button calls the
      // liftEmbargo operation (cms/releases/operations/liftEmbargo.ts).
      name: 'liftEmbargo',
      type: 'ui',
      label: { vi: 'Dỡ lệnh cấm đăng ngay', en: 'Lift embargo now' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/LiftEmbargoButton#LiftEmbargoButton' },
      },
    },
    {
      // Read from the release's messages in the outbox, for editors only (not stored: the sending
      // task never writes a new version of the release).
      name: 'distribution',
      type: 'select',
      virtual: true,
      options: DISTRIBUTION_STATES.map((value) => ({ value, label: distributionLabels[value] })),
      label: { vi: 'Gửi thư', en: 'Distribution' },
      hooks: { afterRead: [readDistributionState] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Khi đăng, thông cáo được gửi thư tới phóng viên được cấp thẻ (đã đồng ý nhận; trước giờ dỡ cấm đăng) và người đăng ký (khi công khai).',
          en: 'On publishing, the release is e-mailed to accredited journalists who opted in (ahead of an embargo) and to subscribers (once public).',
        },
      },
    },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'email-messages',
      on: 'release',
      defaultLimit: 50,
      defaultSort: '-createdAt',
      label: { vi: 'Nhật ký gửi thư', en: 'Delivery log' },
      admin: {
        defaultColumns: ['to', 'copy', 'state', 'lastError', 'sentAt'],
        allowCreate: false,
      },
    },
  ],
  hooks: {
    beforeChange: [assignNumber, setPublishedAt],
    afterChange: [queueDistribution],
    beforeDelete: [detachDeliveries],
  },
  endpoints: [liftEmbargoEndpoint],
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}

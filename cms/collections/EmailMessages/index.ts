import type { CollectionConfig, FieldAccess } from 'payload'

import { readOutbox } from '~/cms/access/readOutbox'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { EMAIL_KINDS, EMAIL_STATES } from '~/cms/email/outbox'
import { emailKindLabels, emailStateLabels, languageLabels, optionsOf } from '~/cms/lib/labels'

/** The body carries one-time links (status page, set-password): only the sending task reads it. */
const nobody: FieldAccess = () => false

/**
 * The e-mail outbox: one row per message, written in the same transaction as the change that
 * causes it (cms/email/operations/queueEmail.ts) and sent afterwards by the `sendEmail` job. Staff
 * see each message's state here (queued, retrying, sent, failed with the reason and the number of
 * attempts); nobody writes to it by hand, and the body is never shown.
 */
export const EmailMessages: CollectionConfig<'email-messages'> = {
  slug: 'email-messages',
  labels: {
    singular: { vi: 'Thư đi', en: 'Outgoing e-mail' },
    plural: { vi: 'Hộp thư đi', en: 'Outbox' },
  },
  access: {
    // Addresses and subjects are personal data: the same staff who see the applications; editors
    // see only their releases' delivery log (cms/access/readOutbox.ts says why).
    read: readOutbox,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: { vi: 'Cấp thẻ tác nghiệp', en: 'Accreditation' },
    defaultColumns: ['createdAt', 'to', 'kind', 'state', 'attempts', 'lastError', 'sentAt'],
    useAsTitle: 'subject',
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  hooks: { afterError: [answerNotFoundWhenRefused] },
  fields: [
    { name: 'to', type: 'email', required: true, label: { vi: 'Người nhận', en: 'To' } },
    { name: 'subject', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Subject' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: optionsOf(EMAIL_KINDS, emailKindLabels),
      label: { vi: 'Loại thư', en: 'Kind' },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: optionsOf(['vi', 'en'] as const, languageLabels),
      label: { vi: 'Ngôn ngữ', en: 'Language' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: optionsOf(EMAIL_STATES, emailStateLabels),
      label: { vi: 'Trạng thái', en: 'State' },
      admin: {
        description: {
          vi: 'Đang thử lại: máy chủ thư lỗi, sẽ thử lại · Gửi thất bại: đã thôi thử',
          en: 'Retrying: the mail server failed, will try again · Failed: gave up',
        },
      },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Số lần thử', en: 'Attempts' },
    },
    { name: 'lastError', type: 'text', label: { vi: 'Lỗi gần nhất', en: 'Last error' } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { vi: 'Thử lại lúc', en: 'Next attempt' },
    },
    {
      name: 'sentAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { vi: 'Đã gửi lúc', en: 'Sent at' },
    },
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'accreditation-requests',
      index: true,
      label: { vi: 'Hồ sơ', en: 'Request' },
    },
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'press-releases',
      index: true,
      label: { vi: 'Thông cáo', en: 'Press release' },
    },
    {
      name: 'copy',
      type: 'select',
      options: [
        { value: 'press', label: { vi: 'Bản cho phóng viên', en: 'Press copy' } },
        { value: 'public', label: { vi: 'Bản công khai', en: 'Public copy' } },
      ],
      label: { vi: 'Bản gửi', en: 'Copy' },
    },
    {
      // release:<id>:<copy>:<address>: a release's copy reaches an address once, whatever re-saves.
      name: 'deliveryKey',
      type: 'text',
      unique: true,
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
    // Cleared once the message is sent: the links in it are secrets, kept no longer than needed.
    {
      name: 'text',
      type: 'textarea',
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
    {
      name: 'html',
      type: 'textarea',
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
    // Attached files (an interview's .ics): kept no longer than the body.
    {
      name: 'attachments',
      type: 'json',
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
    // List-Unsubscribe carries the subscriber's secret link: kept no longer than the body.
    {
      name: 'headers',
      type: 'json',
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
  ],
}

import type { CollectionConfig, FieldAccess } from 'payload'

import { isContentEditor } from '~/cms/access/isContentEditor'
import { answerNotFoundWhenRefused } from '~/cms/hooks/answerNotFoundWhenRefused'
import { SUBSCRIBER_STATES } from '~/cms/lib/distribution/distributionRules'
import { oneClickUnsubscribe } from './endpoints'

const nobody: FieldAccess = () => false
const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}

const stateLabels = {
  pending: { vi: 'Chờ xác nhận', en: 'Waiting for confirmation' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  unsubscribed: { vi: 'Đã huỷ đăng ký', en: 'Unsubscribed' },
}

/**
 * Public subscribers to press releases: an address subscribes on the site (/subscribe/), confirms
 * through the link e-mailed to it (double opt-in) and leaves through the link in every release
 * (cms/distribution/operations). Rows change only through those operations. Addresses are personal
 * data: admins and editors read them — editors run the release list and answer a reader who asks
 * to be removed (deleting the row) — and nobody else; the confirm link's secret is stored only as a
 * hash and never shown; the unsubscribe link is signed, not stored (distributionRules.ts).
 */
export const Subscribers: CollectionConfig<'subscribers'> = {
  slug: 'subscribers',
  labels: {
    singular: { vi: 'Người đăng ký nhận thông cáo', en: 'Release subscriber' },
    plural: { vi: 'Người đăng ký nhận thông cáo', en: 'Release subscribers' },
  },
  access: {
    read: isContentEditor,
    create: () => false,
    update: () => false,
    delete: isContentEditor,
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'email',
    defaultColumns: ['email', 'state', 'language', 'confirmedAt'],
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  hooks: { afterError: [answerNotFoundWhenRefused] },
  endpoints: oneClickUnsubscribe,
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: { vi: 'Địa chỉ thư', en: 'E-mail address' },
    },
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
      defaultValue: 'pending',
      index: true,
      options: SUBSCRIBER_STATES.map((value) => ({ value, label: stateLabels[value] })),
      label: { vi: 'Trạng thái', en: 'State' },
    },
    {
      name: 'requestedAt',
      type: 'date',
      admin: dateTime,
      label: { vi: 'Đăng ký lúc', en: 'Subscribed at' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      admin: dateTime,
      label: { vi: 'Xác nhận lúc', en: 'Confirmed at' },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      admin: dateTime,
      label: { vi: 'Huỷ lúc', en: 'Unsubscribed at' },
    },
    {
      name: 'confirmHash',
      type: 'text',
      index: true,
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
  ],
}

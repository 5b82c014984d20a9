import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/isContentEditor'

const count = (name: string, vi: string, en: string) =>
  ({ name, type: 'number', min: 0, max: 100000, admin: { step: 1 }, label: { vi, en } }) as const

/** The congress itself: the site reads these facts instead of hard-coding them. */
export const Event: GlobalConfig<'event'> = {
  slug: 'event',
  label: { vi: 'Thông tin đại hội', en: 'Congress facts' },
  access: { read: anyone, update: isContentEditor },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên đại hội', en: 'Name' },
    },
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      label: { vi: 'Tên ngắn', en: 'Short name' },
    },
    {
      name: 'referencePrefix',
      type: 'text',
      defaultValue: 'DH1',
      maxLength: 8,
      label: { vi: 'Tiền tố mã hồ sơ', en: 'Reference prefix' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          label: { vi: 'Ngày khai mạc', en: 'Opens' },
        },
        {
          name: 'endDate',
          type: 'date',
          required: true,
          label: { vi: 'Ngày bế mạc', en: 'Closes' },
        },
      ],
    },
    { name: 'venue', type: 'text', localized: true, label: { vi: 'Địa điểm', en: 'Venue' } },
    {
      name: 'city',
      type: 'text',
      localized: true,
      label: { vi: 'Tỉnh / thành phố', en: 'Province / city' },
    },
    { name: 'about', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'About' } },
    {
      name: 'delegates',
      type: 'group',
      label: { vi: 'Đại biểu', en: 'Delegates' },
      fields: [
        {
          type: 'row',
          fields: [
            count('total', 'Tổng số đại biểu', 'Total delegates'),
            count('exOfficio', 'Đại biểu đương nhiên', 'Ex officio'),
            count('appointed', 'Đại biểu chỉ định', 'Appointed'),
            count('alternates', 'Đại biểu dự khuyết', 'Alternates'),
            count('delegations', 'Số đoàn đại biểu', 'Delegations'),
          ],
        },
      ],
    },
    {
      name: 'organiser',
      type: 'text',
      localized: true,
      label: { vi: 'Cơ quan phụ trách báo chí', en: 'Press office' },
    },
    {
      name: 'pressContact',
      type: 'group',
      label: { vi: 'Liên hệ báo chí', en: 'Press contact' },
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
  ],
}

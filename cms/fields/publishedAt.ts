import type { DateField } from 'payload'

/** The publication time shared by news, releases and galleries: empty means "as soon as published". */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { vi: 'Thời điểm đăng', en: 'Publication time' },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
    description: {
      vi: 'Để trống: đăng ngay khi xuất bản. Chọn thời điểm trong tương lai: bài tự hiện lúc đó.',
      en: 'Empty: shown as soon as it is published. A future time: it appears on the site at that time.',
    },
  },
}

import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentEditor } from '../access/isContentEditor'

/** The press operating rules (quy chế hoạt động tác nghiệp). Every saved version is kept. */
export const PressRules: GlobalConfig<'press-rules'> = {
  slug: 'press-rules',
  label: { vi: 'Quy chế tác nghiệp báo chí', en: 'Press operating rules' },
  // Older versions are public: journalists accepted them, and the form records which one.
  access: { read: anyone, readVersions: anyone, update: isContentEditor },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tiêu đề', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'version',
          type: 'text',
          required: true,
          maxLength: 20,
          label: { vi: 'Phiên bản', en: 'Version' },
        },
        {
          name: 'effectiveFrom',
          type: 'date',
          required: true,
          label: { vi: 'Hiệu lực từ', en: 'In force from' },
        },
      ],
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      label: { vi: 'Nội dung', en: 'Text' },
    },
  ],
  versions: { max: 100 },
}

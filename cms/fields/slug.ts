import type { FieldHook, TextField } from 'payload'

import { slugify } from '../lib/vietnamese'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL slug shared by both languages, made from the Vietnamese title unless an editor sets it. */
export function slugField(fromField: string): TextField {
  const fillSlug: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[fromField]
    const text = typeof source === 'string' ? source : source?.vi
    return typeof text === 'string' ? slugify(text) : value
  }
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { vi: 'Đường dẫn', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: { vi: 'Tự tạo từ tiêu đề tiếng Việt.', en: 'Made from the Vietnamese title.' },
    },
    hooks: { beforeValidate: [fillSlug] },
    validate: (value: unknown) =>
      value == null || value === '' || (typeof value === 'string' && SLUG_PATTERN.test(value))
        ? true
        : 'Only lower-case letters, digits and single hyphens.',
  }
}

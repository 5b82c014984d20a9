import type { CollectionConfig } from 'payload'

import { isAdmin } from '~/cms/access/isAdmin'

/**
 * Numbers that must never be handed out twice (reference codes, release numbers): one row per
 * counter, only ever moved forward by cms/db/nextNumber.ts. Deleting the newest application does
 * not move a counter back, so an old reference code or pass number never names a new person.
 * Admins may look; nobody edits it by hand (setting it back would reuse numbers).
 */
export const Counters: CollectionConfig<'counters'> = {
  slug: 'counters',
  labels: { singular: { vi: 'Bộ đếm', en: 'Counter' }, plural: { vi: 'Bộ đếm', en: 'Counters' } },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: { group: { vi: 'Quản trị', en: 'Administration' }, hidden: true, useAsTitle: 'name' },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Tên bộ đếm', en: 'Counter' },
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      label: { vi: 'Giá trị', en: 'Value' },
    },
  ],
}

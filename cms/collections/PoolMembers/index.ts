import type { CollectionConfig } from 'payload'

import { isAccreditationStaff } from '~/cms/access/isAccreditationStaff'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { roleLabels } from '~/cms/lib/labels'
import { poolEndpoints } from '~/cms/pool/endpoints'

/**
 * The press pool of a pool-only session: one row per pass admitted to it. Officers name the pool
 * (rotation among outlets, quotas per role); the door admits these passes to the session and
 * refuses the others. `key` (`<session>:<pass>`) keeps a pass in a session's pool once.
 *
 * Written only through the pool's operations (cms/pool/operations: namePool, addPoolMember,
 * removePoolMember), which hold the rotation, quota and pass rules: no one writes a row directly.
 */
export const PoolMembers: CollectionConfig<'pool-members'> = {
  slug: 'pool-members',
  labels: {
    singular: { vi: 'Thành viên nhóm đại diện', en: 'Pool member' },
    plural: { vi: 'Nhóm phóng viên đại diện', en: 'Press pool' },
  },
  access: {
    read: isAccreditationStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    group: { vi: 'Công nhận báo chí', en: 'Accreditation' },
    defaultColumns: ['session', 'pass', 'outlet', 'role', 'turn'],
  },
  endpoints: poolEndpoints,
  fields: [
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      required: true,
      index: true,
      label: { vi: 'Phiên', en: 'Session' },
    },
    {
      name: 'pass',
      type: 'relationship',
      relationTo: 'passes',
      required: true,
      index: true,
      label: { vi: 'Thẻ', en: 'Pass' },
    },
    {
      name: 'outlet',
      type: 'relationship',
      relationTo: 'outlets',
      label: { vi: 'Cơ quan báo chí', en: 'Outlet' },
    },
    {
      name: 'role',
      type: 'select',
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      label: { vi: 'Vai trò', en: 'Role' },
    },
    {
      name: 'turn',
      type: 'number',
      label: { vi: 'Lượt (vòng luân phiên)', en: 'Turn (rotation round)' },
    },
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
  ],
}

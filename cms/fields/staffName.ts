import type { FieldHook, TextField } from 'payload'
import { extractID } from 'payload/shared'

type Staff = number | string | { id: number | string; name?: string | null } | null | undefined

/**
 * The name of the staff member a record points to (who scanned, who handled it), read for whoever
 * may read the record. Staff accounts themselves stay readable by admins only (and each by its
 * owner), so a relation to another staff member would read "Untitled - ID: 4" to an officer: the
 * lists show this instead. Virtual: nothing is stored; looked up once per request and account.
 */
export function staffNameField(relation: string, label: { vi: string; en: string }): TextField {
  const afterRead: FieldHook = async ({ siblingData, req }) => {
    const staff = siblingData?.[relation] as Staff
    if (staff == null) return null
    if (typeof staff === 'object' && staff.name) return staff.name
    const id = extractID(staff)
    const cache = ((req.context.staffNames as Map<string, Promise<string | null>>) ??= new Map())
    if (!cache.has(String(id)))
      cache.set(
        String(id),
        req.payload
          .findByID({
            collection: 'users',
            id,
            depth: 0,
            select: { name: true },
            overrideAccess: true,
            disableErrors: true,
            req,
          })
          .then((user) => user?.name ?? null)
          .catch(() => null),
      )
    return cache.get(String(id))
  }
  return {
    name: `${relation}Name`,
    type: 'text',
    virtual: true,
    label,
    admin: { readOnly: true },
    hooks: { afterRead: [afterRead] },
  }
}

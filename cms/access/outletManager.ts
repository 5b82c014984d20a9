import type { Access } from 'payload'
import { extractID } from 'payload/shared'

import { canHandleAccreditation, isOutletManager } from '../lib/roles'

/** The outlet of the signed-in media manager, or null for anyone else. */
export function managedOutlet(user: unknown): number | string | null {
  const manager = user as { collection?: string; approved?: boolean; outlet?: unknown } | null
  if (!isOutletManager(manager) || manager?.outlet == null) return null
  return extractID(manager.outlet as number)
}

/** Accreditation staff see every nomination; a media manager only their own outlet's. */
export const staffOrOwnOutlet: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  const outlet = managedOutlet(user)
  return outlet == null ? false : { outlet: { equals: outlet } }
}

/** Accreditation staff see every manager account; a manager only their own. */
export const staffOrSelfManager: Access = ({ req: { user } }) => {
  if (canHandleAccreditation(user)) return true
  return user?.collection === 'outlet-managers' ? { id: { equals: user.id } } : false
}

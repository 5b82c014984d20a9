import type { PayloadRequest } from 'payload'

import { canUseAdminPanel as allowed } from '../lib/roles'

export const canUseAdminPanel = ({ req }: { req: PayloadRequest }): boolean => allowed(req.user)

import type { Access } from 'payload'

import { canEditContent } from '../lib/roles'

export const isContentEditor: Access = ({ req: { user } }) => canEditContent(user)

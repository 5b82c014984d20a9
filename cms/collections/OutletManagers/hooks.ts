import { randomBytes } from 'node:crypto'

import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { refuseStaffSettingPressPassword } from '~/cms/auth/hooks/refuseStaffSettingPressPassword'
import { SET_PASSWORD_LINK_MS } from '~/cms/lib/auth/sessionLifetimes'
import { canHandleAccreditation } from '~/cms/lib/roles'
import type { OutletManager } from '~/cms/payload-types'
import { queueManagerPasswordEmail } from './passwordEmail'

/**
 * Nobody chooses a manager's password but the manager, through a one-time link: whatever an
 * officer types when opening the account is replaced by a random one, and a later change carrying
 * a password is refused (as for press accounts).
 */
export const passwordOnlyThroughLink: CollectionBeforeOperationHook<'outlet-managers'> = (hook) => {
  if (hook.operation !== 'create')
    return refuseStaffSettingPressPassword(
      hook as unknown as Parameters<typeof refuseStaffSettingPressPassword>[0],
    ) as typeof hook.args
  const data = (hook.args as { data?: Record<string, unknown> }).data
  if (data) data.password = randomBytes(24).toString('base64url')
  return hook.args
}

/** Only accreditation staff approve an account: one applied for on the site starts unapproved. */
export const approvalByStaffOnly: CollectionBeforeChangeHook<OutletManager> = ({
  data,
  operation,
  req,
}) => {
  if (operation === 'create' && !canHandleAccreditation(req.user))
    return { ...data, approved: false }
  return data
}

/** An approved account gets its set-password link, in the approval's transaction (the outbox sends it after the commit). */
export const sendLinkOnApproval: CollectionAfterChangeHook<OutletManager> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const was = operation === 'update' ? previousDoc?.approved === true : false
  if (!doc.approved || was || doc.passwordSet || req.context.seeding) return doc
  const token = await req.payload.forgotPassword({
    collection: 'outlet-managers',
    data: { email: doc.email },
    disableEmail: true,
    expiration: SET_PASSWORD_LINK_MS,
    req,
  })
  if (token) await queueManagerPasswordEmail(req, doc, token)
  return doc
}

/** A manager signs in only while an officer has approved the account. */
export const refuseUnapprovedLogin: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { approved?: boolean | null }).approved !== true)
    throw new APIError('This outlet account is not approved.', 403, null, true)
  return user
}

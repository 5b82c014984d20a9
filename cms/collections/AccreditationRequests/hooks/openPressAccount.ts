import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook } from 'payload'

import type { AccreditationRequest } from '../../../payload-types'

/**
 * Approval opens the journalist's press account (or re-opens it); leaving "approved" closes it at
 * once. Same transaction as the decision. The account has a random password until the journalist
 * sets their own through the link in the approval e-mail.
 */
export const openPressAccount: CollectionAfterChangeHook<AccreditationRequest> = async ({ doc, previousDoc, operation, req }) => {
  const was = operation === 'update' ? previousDoc.status : null
  if (was === doc.status || (doc.status !== 'approved' && was !== 'approved')) return doc
  const accredited = doc.status === 'approved'
  const email = doc.email.trim().toLowerCase()
  const { docs } = await req.payload.find({
    collection: 'journalists',
    where: { or: [{ request: { equals: doc.id } }, { email: { equals: email } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const account = docs[0]
  if (account) {
    // One account per address: a later approval under the same address takes the account over.
    if (!accredited && account.request !== doc.id) return doc
    await req.payload.update({ collection: 'journalists', id: account.id, overrideAccess: true, req, data: { accredited, request: doc.id, name: doc.fullName } })
  } else if (accredited) {
    await req.payload.create({
      collection: 'journalists',
      overrideAccess: true,
      req,
      data: { email, name: doc.fullName, request: doc.id, accredited: true, language: doc.language === 'en' ? 'en' : 'vi', password: randomBytes(24).toString('base64url') },
    })
  }
  if (!accredited) return doc
  // The approval e-mail carries a one-time link to set a password, unless one is set already.
  const needsPassword = !account?.passwordSet
  const token = needsPassword
    ? await req.payload.forgotPassword({ collection: 'journalists', data: { email: account?.email ?? email }, disableEmail: true, expiration: SET_PASSWORD_LINK_MS, req })
    : null
  ;(req.context as PressAccountContext).pressAccount = { setPasswordToken: token ?? null }
  return doc
}

/** How long the set-password link in the approval e-mail works. */
export const SET_PASSWORD_LINK_MS = 14 * 24 * 60 * 60 * 1000

export type PressAccountContext = { pressAccount?: { setPasswordToken: string | null } }

import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, RequestContext, PayloadRequest, Where } from 'payload'
import { SET_PASSWORD_LINK_MS } from '~/cms/lib/auth/sessionLifetimes'
import { personKey, profileFrom, storedApplication } from '~/cms/profile/profileFromApplication'
import type { AccreditationRequest, Journalist } from '~/cms/payload-types'

/**
 * Approval opens the journalist's press account (or re-opens it); leaving "approved" closes it at
 * once. Same transaction as the decision. The approval also fills the account's profile from the
 * application (cms/collections/Journalists/profileFields.ts), so the journalist's next application
 * starts from it. The account has a random password until the journalist
 * sets their own through the link in the approval e-mail.
 *
 * A press account belongs to one person and is bound to that person's application by id, never
 * by e-mail: it is found by the application's id, or — for a later application of the same person —
 * by the person's identity key (document type and number) stored on the account when it was
 * opened. An approval never moves an account to another person's application. When the
 * applicant's e-mail address already signs in to another person's account, the approval stands
 * (pass and status link work as always) but no press account is opened for it and the approval
 * e-mail offers none; a warning names both applications in the log. Not a second account: the
 * address is the sign-in name, so two accounts cannot share one. Not a refusal: a shared newsroom
 * inbox must not block an accreditation.
 */
export const openPressAccount: CollectionAfterChangeHook<AccreditationRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const was = operation === 'update' ? previousDoc.status : null
  if (was === doc.status || (doc.status !== 'approved' && was !== 'approved')) return doc
  const accredited = doc.status === 'approved'
  let account = await findAccount(req, { request: { equals: doc.id } })
  if (!accredited) {
    if (account)
      await req.payload.update({
        collection: 'journalists',
        id: account.id,
        overrideAccess: true,
        req,
        data: { accredited: false },
      })
    return doc
  }
  const application = await storedApplication(req, doc.id)
  const identityKey = personKey(application)
  if (!account && identityKey)
    account = await findAccount(req, { identityKey: { equals: identityKey } })
  const email = doc.email.trim().toLowerCase()
  const profile = await profileFrom(req, application)
  if (account) {
    await req.payload.update({
      collection: 'journalists',
      id: account.id,
      overrideAccess: true,
      req,
      data: { accredited: true, request: doc.id, name: doc.fullName, ...profile },
    })
  } else {
    const holder = await findAccount(req, { email: { equals: email } })
    if (holder) {
      req.payload.logger.warn(
        `approval of application ${doc.id}: ${email} already signs in to the press account of application ${String(holder.request)}; no press account opened`,
      )
      return doc
    }
    await req.payload.create({
      collection: 'journalists',
      overrideAccess: true,
      req,
      data: {
        email,
        name: doc.fullName,
        request: doc.id,
        identityKey,
        accredited: true,
        language: doc.language === 'en' ? 'en' : 'vi',
        ...profile,
        password: randomBytes(24).toString('base64url'),
      },
    })
  }
  // The approval e-mail carries a one-time link to set a password, unless one is set already.
  const needsPassword = !account?.passwordSet
  const token = needsPassword
    ? await req.payload.forgotPassword({
        collection: 'journalists',
        data: { email: account?.email ?? email },
        disableEmail: true,
        expiration: SET_PASSWORD_LINK_MS,
        req,
      })
    : null
  req.context.pressAccount = { setPasswordToken: token ?? null }
  return doc
}

async function findAccount(req: PayloadRequest, where: Where): Promise<Journalist | undefined> {
  const { docs } = await req.payload.find({
    collection: 'journalists',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** What the approval e-mail learns of the press account (req.context.pressAccount, cms/requestContext.ts). */
export type PressAccountContext = Pick<RequestContext, 'pressAccount'>

import {
  APIError,
  AuthenticationError,
  commitTransaction,
  getFieldsToSign,
  initTransaction,
  jwtSign,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { addSessionToUser } from 'payload/shared'

import type { AuthCollection } from '~/cms/lib/auth/sessionLifetimes'
import { dummyPasswordCheck, passwordMatches } from '~/cms/lib/auth/passwordHash'
import type { Journalist, OutletManager, User } from '~/cms/payload-types'
import { clientOf, sleep, tooManyAttempts } from '../request'
import { beginSignIn, signInSucceeded } from '../signInThrottle'

type Account = { users: User; journalists: Journalist; 'outlet-managers': OutletManager }
export type SignInResult<C extends AuthCollection> = {
  token: string
  exp: number
  user: Account[C] & { collection: C }
}

type StoredAccount = Record<string, unknown> & {
  id: number | string
  hash?: string
  salt?: string
  sessions?: unknown[]
}

/** Fields that never leave the database row: the hooks and the JWT get the account without them. */
const INTERNAL = [
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
] as const

/**
 * Signs in to one auth collection: the one way in for the site's forms and REST
 * (`POST /api/<collection>/login`, which the admin's sign-in uses).
 *
 * - The same refusal, in the same time, for an unknown address and a wrong password: an unknown
 *   address costs one password check too (against nobody).
 * - Wrong passwords slow the next attempts on that address and, past an allowance, refuse the
 *   client (`beginSignIn`, counted in the store every process shares); they never lock the account, so its owner always gets in.
 * - The new session is added to the account inside a write transaction that reads the account
 *   afresh, so several phones signing in to one account at the same moment all keep their session
 *   (Payload's own login reads the sessions before checking the password and writes them back
 *   after, so the last of two simultaneous sign-ins erased the other's session).
 */
export async function signIn<C extends AuthCollection>(
  req: PayloadRequest,
  input: { collection: C; email: unknown; password: unknown },
): Promise<SignInResult<C>> {
  const { collection } = input
  const email =
    typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 254) : ''
  const password = typeof input.password === 'string' ? input.password.slice(0, 1000) : ''
  if (!email || !password)
    throw new APIError(req.t('error:emailOrPasswordIncorrect'), 400, null, true)

  const payload = req.payload
  const ticket = await beginSignIn(payload, collection, clientOf(req), email)
  if (!ticket.allowed) {
    req.responseHeaders = new Headers({ 'Retry-After': String(ticket.retryAfterSeconds) })
    throw new APIError(tooManyAttempts(req, ticket.retryAfterSeconds), 429, null, true)
  }
  if (ticket.waitMs) await sleep(ticket.waitMs)

  const found = (await payload.db.findOne({
    collection,
    req,
    where: { email: { equals: email } },
  })) as StoredAccount | null
  const matches = found
    ? await passwordMatches(found, password)
    : await dummyPasswordCheck(password)
  if (!found || !matches) throw new AuthenticationError(req.t)
  await signInSucceeded(payload, collection, ticket)

  const config = payload.collections[collection].config
  let user = { ...withoutInternalFields(found), collection, _strategy: 'local-jwt' } as Record<
    string,
    unknown
  >
  // e.g. a staff account without a role, a press account whose accreditation ended
  for (const hook of config.hooks?.beforeLogin ?? [])
    user =
      ((await hook({
        collection: config,
        context: req.context,
        req,
        user: user as never,
      })) as typeof user) || user

  const shouldCommit = await initTransaction(req)
  let sid: string | undefined
  try {
    const fresh = (await payload.db.findOne({
      collection,
      req,
      where: { id: { equals: found.id } },
    })) as StoredAccount | null
    if (!fresh) throw new AuthenticationError(req.t)
    ;({ sid } = await addSessionToUser({
      collectionConfig: config,
      payload,
      req,
      user: fresh as never,
    }))
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }

  const fieldsToSign = getFieldsToSign({
    collectionConfig: config,
    email,
    sid,
    user: user as never,
  })
  const { exp, token } = await jwtSign({
    fieldsToSign,
    secret: payload.secret,
    tokenExpiration: config.auth.tokenExpiration,
  })
  const signedIn = { ...user, _sid: sid } as never
  req.user = signedIn
  for (const hook of config.hooks?.afterLogin ?? [])
    await hook({ collection: config, context: req.context, req, token, user: signedIn })
  // The account as its owner may read it (hidden and access-controlled fields left out).
  const readable = await payload.findByID({
    collection,
    id: found.id,
    depth: 0,
    overrideAccess: false,
    user: signedIn,
    disableErrors: true,
  })
  return { token, exp, user: { ...(readable ?? {}), collection } as SignInResult<C>['user'] }
}

function withoutInternalFields(account: StoredAccount): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...account }
  for (const key of INTERNAL) delete copy[key]
  return copy
}

import {
  APIError,
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import type { AuthCollection } from '~/cms/lib/auth/sessionLifetimes'
import { dummyPasswordCheck } from '~/cms/lib/auth/passwordHash'
import { clientOf, sleep, tooManyAttempts } from '../request'
import { beginSignIn, signInSucceeded } from '../signInThrottle'

/**
 * Payload's own login operation is still reachable from the Local API (scripts, tests) and from
 * first-user registration; REST and the site use `signIn`. The same brakes hold there: the
 * per-address slow-down, the per-client limit and the same time for an unknown address.
 */
export const guardPayloadLogin = <C extends AuthCollection>({
  args,
  collection,
  operation,
  req,
}: Parameters<CollectionBeforeOperationHook<C>>[0]) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  const password = typeof data?.password === 'string' ? data.password.slice(0, 1000) : ''
  if (!email || !password) return args
  return (async () => {
    const ticket = await beginSignIn(req.payload, collection.slug as C, clientOf(req), email)
    if (!ticket.allowed)
      throw new APIError(tooManyAttempts(req, ticket.retryAfterSeconds), 429, null, true)
    if (ticket.waitMs) await sleep(ticket.waitMs)
    const account = await req.payload.db.findOne({
      collection: collection.slug,
      req,
      where: { email: { equals: email } },
    })
    if (!account) {
      await dummyPasswordCheck(password)
      throw new AuthenticationError(req.t)
    }
    req.context.signInTicket = ticket
    return args
  })()
}

/**
 * A successful login clears the address's count and gives the client its attempt back. Not
 * awaited: this runs inside the login's write transaction, and on SQLite the count's write must
 * wait for that transaction's lock, so it is done after the commit.
 */
export const clearLoginBrake: CollectionAfterLoginHook = ({ collection, req }) => {
  const ticket = req.context.signInTicket
  if (ticket)
    void signInSucceeded(req.payload, collection.slug as AuthCollection, ticket).catch(
      (error: unknown) => req.payload.logger.warn({ err: error }, 'sign-in brake not cleared'),
    )
  delete req.context.signInTicket
}

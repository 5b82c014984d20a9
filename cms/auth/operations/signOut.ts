import { createLocalReq, logoutOperation, type Payload } from 'payload'

import type { AuthCollection } from '~/cms/lib/auth/sessionLifetimes'

/**
 * Ends one session on the server: the session is removed from the account, so the JWT (and any
 * copy of the cookie) stops working at once, whatever its expiry. Unknown or expired tokens: nothing
 * to do. REST's `POST /api/<collection>/logout` is Payload's own, which does the same.
 */
export async function signOut(
  payload: Payload,
  input: { collection: AuthCollection; token: string | undefined },
): Promise<boolean> {
  if (!input.token) return false
  const { user } = await payload.auth({
    headers: new Headers({ Authorization: `JWT ${input.token}` }),
  })
  if (!user || user.collection !== input.collection) return false
  const req = await createLocalReq({ user }, payload)
  return logoutOperation({ collection: payload.collections[input.collection], req })
}

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import type { AuthCollection } from '~/cms/lib/auth/sessionLifetimes'
import { passwordProblem, passwordProblemMessage } from '~/cms/lib/auth/password'
import { languageOf } from '../request'

/**
 * The password rule (10–200 characters) on every way a password is set: REST and admin create,
 * update (one or many) and reset-password, first-user registration, the site, the Local API.
 * Payload's own check only asks for 3 characters.
 */
export const enforcePasswordRule = <C extends AuthCollection>({
  args,
  operation,
  req,
}: Parameters<CollectionBeforeOperationHook<C>>[0]) => {
  if (
    operation !== 'create' &&
    operation !== 'update' &&
    operation !== 'updateByID' &&
    operation !== 'resetPassword'
  )
    return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null) return args
  const problem = passwordProblem(password)
  if (problem) throw new APIError(passwordProblemMessage(problem, languageOf(req)), 400, null, true)
  return args
}

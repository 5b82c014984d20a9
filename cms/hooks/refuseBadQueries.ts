import { APIError, type CollectionBeforeOperationHook, NotFound } from 'payload'

import { isEmailShaped, isPlausibleId, listQueryProblem } from '../lib/queryRules'

/**
 * On every collection, for REST callers only: an id that cannot exist is 404 (the database would
 * otherwise fail on it with a 500), a malformed list query 400 with what is wrong, and a password
 * reset for something that is not an e-mail address 400. The site's Local API calls pass through.
 */
/** The names a list may be sorted by, worked out once per collection. */
const sortable = new WeakMap<object, ReadonlySet<string>>()
const fieldNamesOf = (collection: { flattenedFields: { name: string }[] }): ReadonlySet<string> => {
  let names = sortable.get(collection)
  if (!names)
    sortable.set(
      collection,
      (names = new Set(['id', ...collection.flattenedFields.map((field) => field.name)])),
    )
  return names
}

export const refuseBadQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  // Only the collection the URL names: populating its relationships reads others with the same req.
  if (req.payloadAPI !== 'REST' || req.routeParams?.collection !== collection.slug) return args
  const id = (args as { id?: unknown }).id ?? req.routeParams?.id
  const idKind = (req.payload.db as { defaultIDType?: 'number' | 'text' }).defaultIDType ?? 'number'
  if (id !== undefined && id !== null && !isPlausibleId(id, idKind)) throw new NotFound(req.t)
  if (operation === 'read') {
    const problem = listQueryProblem(
      (req.query ?? {}) as Record<string, unknown>,
      fieldNamesOf(collection),
    )
    if (problem) throw new APIError(problem, 400, null, true)
  }
  if (
    operation === 'forgotPassword' &&
    !isEmailShaped((args as { data?: { email?: unknown } }).data?.email)
  ) {
    throw new APIError('Enter a valid e-mail address.', 400, null, true)
  }
  return args
}

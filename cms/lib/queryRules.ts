/**
 * What the REST API accepts in a list query. Payload quietly ignores a sort on an unknown field or
 * a page in words and answers 200; an API client deserves to be told. Pure, so the rules are tested.
 */
export type ListQuery = { limit?: unknown; page?: unknown; sort?: unknown; depth?: unknown }

export const MAX_LIMIT = 1000

const SORT_TERM = /^-?([A-Za-z_][A-Za-z0-9_]*)(\.[A-Za-z_][A-Za-z0-9_]*)*$/

/** A query value as sent (string), or as Payload already parsed it (its auth step sets depth as a number). */
const raw = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : null

export function listQueryProblem(query: ListQuery, fieldNames: ReadonlySet<string>): string | null {
  const limit = raw(query.limit)
  if (
    query.limit !== undefined &&
    !(limit && /^\d{1,4}$/.test(limit) && Number(limit) <= MAX_LIMIT)
  )
    return `limit must be a whole number from 0 to ${MAX_LIMIT}.`
  const page = raw(query.page)
  if (query.page !== undefined && !(page && /^[1-9]\d{0,5}$/.test(page)))
    return 'page must be a whole number from 1.'
  const depth = raw(query.depth)
  // Any whole number: Payload clamps it to the config's maxDepth.
  if (query.depth !== undefined && !(depth && /^\d{1,6}$/.test(depth)))
    return 'depth must be a whole number.'
  if (query.sort !== undefined) {
    const terms =
      typeof query.sort === 'string'
        ? query.sort.split(',')
        : Array.isArray(query.sort)
          ? query.sort
          : [query.sort]
    for (const term of terms) {
      const match = typeof term === 'string' ? SORT_TERM.exec(term.trim()) : null
      if (!match || !fieldNames.has(match[1]!))
        return `cannot sort by "${String(term).slice(0, 60)}".`
    }
  }
  return null
}

/** Whether a document id can exist at all: a number for SQLite, an ObjectId for MongoDB. */
export function isPlausibleId(id: unknown, kind: 'number' | 'text'): boolean {
  const text = String(id)
  return kind === 'number' ? /^[1-9]\d{0,14}$/.test(text) : /^[a-f0-9]{24}$/i.test(text)
}

/** A well-formed e-mail address (the same loose shape the site's forms accept). */
export const isEmailShaped = (value: unknown): boolean =>
  typeof value === 'string' && value.length <= 254 && /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(value)

/**
 * Addresses of the admin's filtered lists. Every figure on the dashboard links to the list it
 * counts, with the same conditions, so the officer lands on exactly the rows behind the number.
 */
export type Condition = {
  field: string
  op: 'equals' | 'not_equals' | 'in' | 'greater_than' | 'less_than_equal' | 'exists'
  value: string | number | boolean | readonly (string | number)[]
}

const enc = encodeURIComponent

/**
 * `/admin/collections/<slug>?where[status][equals]=…&where[event][equals]=…&sort=…`: Payload's
 * list view reads `where` from the address (conditions on different fields, or different operators
 * on one field, all hold).
 */
export function listHref(
  slug: string,
  conditions: readonly Condition[],
  options: { sort?: string; adminRoute?: string } = {},
): string {
  const parts: string[] = []
  conditions.forEach(({ field, op, value }) => {
    const key = `where[${field}][${op}]`
    if (Array.isArray(value))
      value.forEach((item, i) => parts.push(`${enc(`${key}[${i}]`)}=${enc(String(item))}`))
    else parts.push(`${enc(key)}=${enc(String(value))}`)
  })
  if (options.sort) parts.push(`sort=${enc(options.sort)}`)
  const base = `${options.adminRoute ?? '/admin'}/collections/${slug}`
  return parts.length ? `${base}?${parts.join('&')}` : base
}

/** The same conditions as a Payload `where` (so the count and the link can never disagree). */
export function whereOf(conditions: readonly Condition[]): {
  and: Record<string, Record<string, unknown>>[]
} {
  return {
    and: conditions.map(({ field, op, value }) => ({
      [field]: { [op]: Array.isArray(value) ? [...value] : value },
    })),
  }
}

/** A page number from the query string: a positive whole number, or null when it is not one. */
export function parsePage(raw: string | null | undefined): number | null {
  if (raw == null || raw === '') return 1
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null
  return Number(raw)
}

/** Links for a numbered list of pages; `null` where there is no previous or next page. */
export function pageLinks(basePath: string, page: number, totalPages: number) {
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`)
  return {
    previous: page > 1 ? href(page - 1) : null,
    next: page < totalPages ? href(page + 1) : null,
  }
}

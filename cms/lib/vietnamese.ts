/**
 * Vietnamese text folding: strips tone marks and vowel hats and folds đ/Đ to d, so that
 * "Đại hội" and "dai hoi" compare equal. Used for slugs now and for search later.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

/** A URL slug from any title: folded, lower case, ASCII letters, digits and single hyphens. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

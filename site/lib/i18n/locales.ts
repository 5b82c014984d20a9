export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'vi'

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

/** `/en/news/x/` → { locale: 'en', path: '/news/x/' }; `/news/x/` → { locale: 'vi', path: '/news/x/' }. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(en)(\/.*)?$/.exec(pathname)
  if (match) return { locale: 'en', path: match[2] || '/' }
  return { locale: DEFAULT_LOCALE, path: pathname || '/' }
}

/** The address of a locale-neutral path in a locale: Vietnamese has no prefix. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean === '/' ? '/' : clean}`
}

/**
 * The same page in the other language, so the switch keeps the reader on the same item. The query
 * string goes along: some pages keep their state there (a search's words, a list's page number,
 * a set-password link's token), and switching language must not lose it.
 */
export function alternatePath(pathname: string, target: Locale, search = ''): string {
  const query = search && !search.startsWith('?') ? `?${search}` : search
  return localePath(target, splitLocale(pathname).path) + (query === '?' ? '' : query)
}

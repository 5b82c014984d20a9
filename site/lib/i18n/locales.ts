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

/** The same page in the other language, so the switch keeps the reader on the same item. */
export function alternatePath(pathname: string, target: Locale): string {
  return localePath(target, splitLocale(pathname).path)
}

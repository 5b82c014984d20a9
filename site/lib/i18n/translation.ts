import { DEFAULT_LOCALE, type Locale } from './locales'

/** Whether a field holds nothing a reader could read (Payload's `fallbackLocale: false` gives null). */
export function isUnwritten(value: unknown): boolean {
  if (value == null) return true
  if (typeof value === 'string') return value.trim() === ''
  // A rich-text body: written when some node carries text.
  if (typeof value === 'object' && 'root' in value)
    return !/"text":"[^"]*[^"\s]/.test(JSON.stringify((value as { root: unknown }).root))
  return false
}

/**
 * The language a field is shown in, given its value in the reader's language without fallback:
 * the reader's own when the press office wrote it, else Vietnamese, the original the site falls
 * back to. The page then says so (`lang="vi"`, "Vietnamese only") instead of passing Vietnamese
 * text off as English.
 */
export function shownLanguage(ownValue: unknown, locale: Locale): Locale {
  return locale === DEFAULT_LOCALE || !isUnwritten(ownValue) ? locale : DEFAULT_LOCALE
}

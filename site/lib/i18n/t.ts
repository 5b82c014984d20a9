import type { Locale } from './locales'
import { type MessageKey, messages } from './messages/index'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** The one translation function: `t('pagination.page', { page: 2, total: 5 })`. */
export function createT(locale: Locale): Translate {
  const table = messages[locale]
  return (key, params) => {
    const text = table[key] ?? messages.vi[key] ?? key
    if (!params) return text
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    )
  }
}

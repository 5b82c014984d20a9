import { foldVietnamese } from '~/cms/lib/vietnamese'

/**
 * Search words: lower case, letters and digits of any script, everything else a separator.
 * `exact` keeps Vietnamese marks, `folded` drops them (đ → d), so "dai hoi" finds "Đại hội"
 * while the query "Đại hội" still ranks the exact spelling first.
 */
export const exactWords = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []

export const foldedWords = (text: string): string[] => exactWords(foldVietnamese(text))

export const MAX_QUERY_CHARS = 200
export const MAX_QUERY_WORDS = 10

/** The words of a visitor's query, cut to a sane size; lunr's own syntax characters never pass. */
export function queryWords(query: string): { exact: string; folded: string }[] {
  const words = exactWords(query.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_WORDS)
  const unique = [...new Set(words)]
  return unique.map((word) => ({ exact: word, folded: foldVietnamese(word) }))
}

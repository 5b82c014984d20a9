import { escapeHtml } from '~/cms/lib/escapeHtml'
import { foldVietnamese } from '~/cms/lib/vietnamese'

/** The text folded character by character, so that every index in it is the same index in the original. */
function alignedFold(text: string): string {
  return Array.from(text)
    .map((char) => {
      const folded = foldVietnamese(char).toLowerCase()
      return folded.length === char.length ? folded : char
    })
    .join('')
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A short piece of the text around the first match, HTML-escaped, each matched word start in
 * `<mark>`. Matching is accent-insensitive, so "dai" marks "Đại".
 */
export function highlightSnippet(
  text: string,
  foldedTerms: readonly string[],
  length = 180,
): string {
  const plain = text.replace(/\s+/g, ' ').trim()
  const terms = foldedTerms.filter(Boolean)
  if (!terms.length) return escapeHtml(plain.slice(0, length))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'gu')
  const folded = alignedFold(plain)
  const first = folded.search(pattern)
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3))
  const end = Math.min(plain.length, start + length)
  const windowFolded = folded.slice(start, end)
  const windowText = plain.slice(start, end)
  let html = ''
  let cursor = 0
  for (const match of windowFolded.matchAll(pattern)) {
    const at = match.index ?? 0
    html +=
      escapeHtml(windowText.slice(cursor, at)) +
      `<mark>${escapeHtml(windowText.slice(at, at + match[0].length))}</mark>`
    cursor = at + match[0].length
  }
  html += escapeHtml(windowText.slice(cursor))
  return `${start > 0 ? '… ' : ''}${html}${end < plain.length ? ' …' : ''}`
}

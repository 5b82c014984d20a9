import lunr from 'lunr'

import { foldVietnamese } from '~/cms/lib/vietnamese'

import { exactWords, foldedWords, queryWords } from './normalise'
import { highlightSnippet } from './snippet'

export type SearchKind = 'event' | 'news' | 'release' | 'session' | 'gallery' | 'document'

/** One searchable item: only ever built from what an anonymous visitor may read. */
export type SearchDoc = {
  id: string
  kind: SearchKind
  url: string
  title: string
  text: string
  date?: string | null
}

export type SearchHit = {
  id: string
  kind: SearchKind
  url: string
  title: string
  date: string | null
  snippetHtml: string
  score: number
}

export type SearchIndex = { index: lunr.Index; docs: Map<string, SearchDoc> }

/**
 * A lunr index without its English pipeline (no stemmer, stop words or ASCII trimmer, which
 * would cut Vietnamese words): three fields of our own words — folded text for matching,
 * the accented words as written to rank exact spellings first, and the folded title to rank title matches first.
 */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index = lunr(function () {
    this.pipeline.reset()
    this.searchPipeline.reset()
    this.ref('id')
    this.field('folded')
    this.field('exact')
    this.field('title')
    for (const doc of docs) {
      const all = `${doc.title} ${doc.text}`
      // Only words with marks go in `exact`: an unmarked word is already in `folded` as it is.
      const marked = exactWords(all).filter((word) => word !== foldVietnamese(word))
      this.add({
        id: doc.id,
        folded: foldedWords(all).join(' '),
        exact: marked.join(' '),
        title: foldedWords(doc.title).join(' '),
      })
    }
  })
  return { index, docs: new Map(docs.map((doc) => [doc.id, doc])) }
}

/** Every word of the query must be found (accents ignored); the last may be the start of a word. */
export function search({ index, docs }: SearchIndex, query: string, limit = 50): SearchHit[] {
  const words = queryWords(query)
  if (!words.length) return []
  const results = index.query((q) => {
    words.forEach(({ exact, folded }, i) => {
      const last = i === words.length - 1 && folded.length >= 2
      q.term(folded, {
        fields: ['folded'],
        presence: last ? lunr.Query.presence.OPTIONAL : lunr.Query.presence.REQUIRED,
      })
      if (last)
        q.term(folded, {
          fields: ['folded'],
          wildcard: lunr.Query.wildcard.TRAILING,
          presence: lunr.Query.presence.REQUIRED,
        })
      if (exact !== folded) q.term(exact, { fields: ['exact'], boost: 10 })
      q.term(folded, { fields: ['title'], boost: 3 })
    })
  })
  const terms = words.map((w) => w.folded)
  return results.slice(0, limit).flatMap((result) => {
    const doc = docs.get(result.ref)
    if (!doc) return []
    return [
      {
        id: doc.id,
        kind: doc.kind,
        url: doc.url,
        title: doc.title,
        date: doc.date ?? null,
        snippetHtml: highlightSnippet(doc.text || doc.title, terms),
        score: result.score,
      },
    ]
  })
}

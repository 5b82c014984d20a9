import '~/cms/scripts/requireNode'

import { gzipSync } from 'node:zlib'

import { DEMO_DOCUMENTS } from '~/cms/seed/documents'
import { DEMO_GALLERIES } from '~/cms/seed/galleries'
import { DEMO_NEWS } from '~/cms/seed/news'
import { DEMO_RELEASES } from '~/cms/seed/releases'
import { DEMO_SESSIONS } from '~/cms/seed/schedule'
import { richTextToPlain } from '~/site/lib/cms/richText'
import { buildSearchIndex, search, type SearchDoc } from '~/site/lib/search/searchIndex'
import { percentile } from './support'

/**
 * `npm run bench:search`: the lunr index for the seeded Vietnamese content and for a generated
 * 2,000-item corpus — serialised size (raw and gzip), build time, and query times.
 */
function seededDocs(): SearchDoc[] {
  return [
    ...DEMO_NEWS.map((n, i) => ({
      id: `news:${i}`,
      kind: 'news' as const,
      url: `/news/${n.slug}/`,
      title: n.vi.title,
      text: `${n.vi.summary} ${richTextToPlain(n.vi.body)}`,
    })),
    ...DEMO_RELEASES.map((r, i) => ({
      id: `release:${i}`,
      kind: 'release' as const,
      url: `/releases/${r.slug}/`,
      title: r.vi.title,
      text: `${r.vi.summary} ${richTextToPlain(r.vi.body)}`,
    })),
    ...DEMO_SESSIONS.map((s, i) => ({
      id: `session:${i}`,
      kind: 'session' as const,
      url: '/schedule/',
      title: s.vi.title,
      text: `${s.vi.description} ${s.vi.venue}`,
    })),
    ...DEMO_GALLERIES.map((g, i) => ({
      id: `gallery:${i}`,
      kind: 'gallery' as const,
      url: `/galleries/${g.slug}/`,
      title: g.title.vi,
      text: g.photos.map((p) => p.caption.vi).join('. '),
    })),
    ...DEMO_DOCUMENTS.map((d, i) => ({
      id: `document:${i}`,
      kind: 'document' as const,
      url: '/documents/',
      title: d.title.vi,
      text: d.description.vi,
    })),
  ]
}

/** Deterministic articles of ~250 words drawn from the seed's own vocabulary (plus numbers), like a real newsroom's. */
function generatedDocs(count: number, words: string[]): SearchDoc[] {
  let state = 42
  const next = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296
  const pick = () => words[Math.floor(next() * words.length)]!
  const sentence = (n: number) =>
    Array.from({ length: n }, () =>
      next() < 0.05 ? String(Math.floor(next() * 3000)) : pick(),
    ).join(' ')
  return Array.from({ length: count }, (_, i) => ({
    id: `gen:${i}`,
    kind: i % 2 ? 'news' : 'release',
    url: `/news/gen-${i}/`,
    title: sentence(10),
    text: sentence(250),
  }))
}

function measure(name: string, docs: SearchDoc[]) {
  const started = performance.now()
  const index = buildSearchIndex(docs)
  const buildMs = performance.now() - started
  const json = JSON.stringify(index.index)
  const stored = JSON.stringify(docs)
  const queries = [
    'dai hoi',
    'Đại hội',
    'bao chi',
    'dang bo tinh ca mau',
    'khai mac',
    'đại biểu',
    'the tac nghiep',
    'hop',
    'x'.repeat(1000),
    'title:foo +bar ~ ^',
  ]
  const times: number[] = []
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      const t = performance.now()
      search(index, query)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(
    `${name}: ${docs.length} items · index ${kb(json.length)} raw / ${kb(gzipSync(json).length)} gzip` +
      ` (+ stored texts ${kb(stored.length)} / ${kb(gzipSync(stored).length)}) · build ${buildMs.toFixed(0)} ms` +
      ` · query median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`,
  )
}

const seeded = seededDocs()
measure('seeded content (vi)', seeded)
const vocabulary = [
  ...new Set(
    seeded.flatMap((d) => `${d.title} ${d.text}`.split(/\s+/)).filter((w) => /\p{L}/u.test(w)),
  ),
]
measure('generated corpus', generatedDocs(2000, vocabulary))

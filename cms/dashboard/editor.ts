import type { PayloadRequest } from 'payload'

import { type Condition, listHref, whereOf } from '~/cms/lib/dashboard/links'
import { publicNowWhere } from '~/cms/lib/publishing'

export const CONTENT_COLLECTIONS = ['news', 'press-releases', 'galleries'] as const
type ContentSlug = (typeof CONTENT_COLLECTIONS)[number]

type Figure = { count: number; href: string }

export type EditorFigures = {
  perCollection: { collection: ContentSlug; drafts: Figure; scheduled: Figure }[]
  embargoes: { id: number; title: string; embargoUntil: string; href: string }[]
  embargoesList: string
  lastPublished: {
    collection: ContentSlug
    id: number
    title: string
    publishedAt: string | null
    href: string
  }[]
  /** The latest published release, whole (its `distribution`, when releases have one, included). */
  latestRelease: ({ id: number; title: string; href: string } & Record<string, unknown>) | null
}

const docHref = (collection: ContentSlug, id: number | string) =>
  `/admin/collections/${collection}/${id}`

/**
 * The newsroom's figures, with the editor's access: drafts and scheduled items per kind (counts),
 * press releases whose embargo lifts in the next 24 hours, the last published items, and the
 * latest release (for its distribution state).
 */
export async function editorFigures(req: PayloadRequest, at: Date): Promise<EditorFigures> {
  const asCaller = { overrideAccess: false, user: req.user, req, depth: 0 } as const
  const iso = at.toISOString()
  const in24h = new Date(at.getTime() + 24 * 3600_000).toISOString()
  const count = async (collection: ContentSlug, conditions: Condition[]): Promise<Figure> => ({
    count: (
      await req.payload.count({
        collection,
        where: whereOf(conditions) as never,
        overrideAccess: false,
        user: req.user,
        req,
      })
    ).totalDocs,
    href: listHref(collection, conditions),
  })
  const embargoConditions: Condition[] = [
    { field: 'embargoUntil', op: 'greater_than', value: iso },
    { field: 'embargoUntil', op: 'less_than_equal', value: in24h },
  ]
  const [perCollection, embargoes, latest] = await Promise.all([
    Promise.all(
      CONTENT_COLLECTIONS.map(async (collection) => ({
        collection,
        drafts: await count(collection, [{ field: '_status', op: 'equals', value: 'draft' }]),
        // Scheduled: published with a publication time still to come (the site shows it then).
        scheduled: await count(collection, [
          { field: '_status', op: 'equals', value: 'published' },
          { field: 'publishedAt', op: 'greater_than', value: iso },
        ]),
      })),
    ),
    req.payload.find({
      collection: 'press-releases',
      where: whereOf(embargoConditions) as never,
      sort: 'embargoUntil',
      limit: 10,
      pagination: false,
      select: { title: true, embargoUntil: true },
      ...asCaller,
    }),
    Promise.all(
      CONTENT_COLLECTIONS.map((collection) =>
        req.payload.find({
          collection,
          where: publicNowWhere(at),
          sort: '-publishedAt',
          limit: 3,
          pagination: false,
          ...asCaller,
        }),
      ),
    ),
  ])

  const lastPublished = CONTENT_COLLECTIONS.flatMap((collection, i) =>
    latest[i]!.docs.map((doc) => ({
      collection,
      id: doc.id as number,
      title: String(doc.title ?? doc.id),
      publishedAt: (doc.publishedAt as string | null | undefined) ?? null,
      href: docHref(collection, doc.id),
    })),
  )
    .sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')))
    .slice(0, 5)
  const release = latest[CONTENT_COLLECTIONS.indexOf('press-releases')]!.docs[0]
  return {
    perCollection,
    embargoes: embargoes.docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      embargoUntil: doc.embargoUntil!,
      href: docHref('press-releases', doc.id),
    })),
    embargoesList: listHref('press-releases', embargoConditions, { sort: 'embargoUntil' }),
    lastPublished,
    latestRelease: release
      ? {
          ...(release as unknown as Record<string, unknown>),
          id: release.id as number,
          title: String(release.title),
          href: docHref('press-releases', release.id),
        }
      : null,
  }
}

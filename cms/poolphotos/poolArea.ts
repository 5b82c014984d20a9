import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import {
  poolCredit,
  poolUploadClosesAt,
  poolUploadWindow,
  type UploadWindow,
} from '~/cms/lib/poolPhotos/poolPhotoRules'
import { now } from '~/cms/lib/time'
import { journalistOf } from '~/cms/profile/caller'
import { passesOf } from './pressPasses'

export type PoolUploadSession = {
  id: string
  title: string
  startsAt: string
  endsAt: string | null
  window: UploadWindow
  closesAt: string
}

export type PoolPhotoView = {
  id: string
  caption: string
  credit: string
  width: number | null
  height: number | null
  released: boolean
  mine: boolean
}

export type PoolGalleryView = {
  session: { id: string; title: string; startsAt: string }
  photos: PoolPhotoView[]
}

export type PoolArea = {
  /** The pool sessions this journalist may upload to now or soon (their valid pass is in the pool). */
  uploadSessions: PoolUploadSession[]
  /** The credit the form starts with: their name and outlet. */
  credit: string
  /** The pool galleries of the events they are accredited to, newest session first. */
  galleries: PoolGalleryView[]
}

/**
 * The "Pool photos" section of the press area for the signed-in journalist (`req.user`): where
 * they may upload, and every pool photo their accreditation lets them see (read with access on).
 */
export async function poolArea(req: PayloadRequest, locale: 'vi' | 'en'): Promise<PoolArea> {
  const account = await journalistOf(req)
  const passes = await passesOf(req, account)
  const active = passes.filter((pass) => pass.status === 'active').map((pass) => pass.id)
  const [memberships, photos, mine, outlet] = await Promise.all([
    active.length
      ? req.payload.find({
          collection: 'pool-members',
          where: { pass: { in: active } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      : { docs: [] },
    req.payload.find({
      collection: 'pool-photos',
      sort: '-createdAt',
      depth: 0,
      limit: 300,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    req.payload.find({
      collection: 'pool-photos',
      where: { journalist: { equals: account.id } },
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    }),
    account.outlet
      ? req.payload
          .findByID({
            collection: 'outlets',
            id: extractID(account.outlet),
            depth: 0,
            overrideAccess: true,
            req,
          })
          .catch(() => null)
      : null,
  ])
  const sessionIds = [
    ...new Set([
      ...memberships.docs.map((m) => String(extractID(m.session))),
      ...photos.docs.map((p) => String(extractID(p.session))),
    ]),
  ]
  const { docs: sessions } = sessionIds.length
    ? await req.payload.find({
        collection: 'sessions',
        where: { id: { in: sessionIds } },
        depth: 0,
        pagination: false,
        locale,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const byId = new Map(sessions.map((s) => [String(s.id), s]))
  const at = now()
  const uploadSessions = [...new Set(memberships.docs.map((m) => String(extractID(m.session))))]
    .map((id) => byId.get(id))
    .filter((s) => s != null)
    .map((s) => ({
      id: String(s.id),
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt ?? null,
      window: poolUploadWindow(s, at),
      closesAt: poolUploadClosesAt(s).toISOString(),
    }))
    .filter((s) => s.window !== 'closed')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const mineIds = new Set(mine.docs.map((p) => String(p.id)))
  const galleries = new Map<string, PoolGalleryView>()
  for (const photo of photos.docs) {
    const session = byId.get(String(extractID(photo.session)))
    if (!session) continue
    const gallery = galleries.get(String(session.id)) ?? {
      session: { id: String(session.id), title: session.title, startsAt: session.startsAt },
      photos: [],
    }
    gallery.photos.push({
      id: String(photo.id),
      caption: photo.caption ?? '',
      credit: photo.credit ?? '',
      width: photo.width ?? null,
      height: photo.height ?? null,
      released: Boolean(photo.released),
      mine: mineIds.has(String(photo.id)),
    })
    galleries.set(String(session.id), gallery)
  }
  return {
    uploadSessions,
    credit: poolCredit(null, account.name, outlet?.name ?? account.outletOther ?? ''),
    galleries: [...galleries.values()].sort((a, b) =>
      b.session.startsAt.localeCompare(a.session.startsAt),
    ),
  }
}

import type { Payload, PayloadRequest } from 'payload'

import { renderDemoPdf } from './demoPdf'
import { DEMO_DOCUMENTS } from './documents'
import { DEMO_GALLERIES } from './galleries'
import type { DemoImageKey } from './images'
import { DEMO_RELEASES } from './releases'
import { DEMO_SESSIONS } from './schedule'

type SeedOptions = { req: PayloadRequest; overrideAccess: true; context: { seeding: true } }

/** The newsroom's demo content: releases (one embargoed), the programme, a gallery, documents. */
export async function seedNewsroom(
  payload: Payload,
  options: SeedOptions,
  images: Record<DemoImageKey, number>,
): Promise<void> {
  const releaseIds = new Map<string, number>()
  for (const release of DEMO_RELEASES) {
    const { vi, en } = release
    const doc = await payload.create({
      collection: 'press-releases',
      locale: 'vi',
      data: {
        ...vi,
        slug: release.slug,
        publishedAt: release.publishedAt,
        embargoUntil: release.embargoUntil,
        _status: 'published',
      },
      ...options,
    })
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'en',
      data: { ...en, _status: 'published' },
      ...options,
    })
    releaseIds.set(release.slug, doc.id)
  }

  for (const session of DEMO_SESSIONS) {
    const { vi, en, ...shared } = session
    const doc = await payload.create({
      collection: 'sessions',
      locale: 'vi',
      data: { ...shared, ...vi },
      ...options,
    })
    await payload.update({ collection: 'sessions', id: doc.id, locale: 'en', data: en, ...options })
  }

  for (const gallery of DEMO_GALLERIES) {
    const doc = await payload.create({
      collection: 'galleries',
      locale: 'vi',
      data: {
        slug: gallery.slug,
        publishedAt: gallery.publishedAt,
        title: gallery.title.vi,
        summary: gallery.summary.vi,
        photos: gallery.photos.map((photo) => ({
          image: images[photo.image],
          caption: photo.caption.vi,
          credit: photo.credit,
        })),
        _status: 'published',
      },
      ...options,
    })
    await payload.update({
      collection: 'galleries',
      id: doc.id,
      locale: 'en',
      data: {
        title: gallery.title.en,
        summary: gallery.summary.en,
        photos: (doc.photos ?? []).map((row, i) => ({
          ...row,
          caption: gallery.photos[i]!.caption.en,
        })),
        _status: 'published',
      },
      ...options,
    })
  }

  for (const document of DEMO_DOCUMENTS) {
    const data = await renderDemoPdf(document.title.vi, document.pdfLines)
    const doc = await payload.create({
      collection: 'documents',
      locale: 'vi',
      data: {
        title: document.title.vi,
        description: document.description.vi,
        kind: document.kind,
        audience: document.audience,
        embargoUntil: document.embargoUntil ?? null,
        release: document.releaseSlug ? releaseIds.get(document.releaseSlug) : null,
      },
      file: { data, mimetype: 'application/pdf', name: `${document.key}.pdf`, size: data.length },
      ...options,
    })
    await payload.update({
      collection: 'documents',
      id: doc.id,
      locale: 'en',
      data: { title: document.title.en, description: document.description.en },
      ...options,
    })
  }
  payload.logger.info(
    `Seed: created ${DEMO_RELEASES.length} press releases, ${DEMO_SESSIONS.length} sessions, ${DEMO_GALLERIES.length} gallery, ${DEMO_DOCUMENTS.length} documents`,
  )
}

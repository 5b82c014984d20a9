import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { webSizeFileWhere } from '~/cms/access/mediaFiles'
import { MEDIA_DIR } from '~/cms/paths'
import { payloadClient } from './payload'

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

export type MediaFile = { body: ReadableStream; type: string; size: number; modified: Date }

/**
 * A public upload from media/ by its stored name. Names with folders, dots in front or unknown
 * endings are refused, so nothing outside media/ (and nothing but images) can be read. Only the
 * sized copies are public, and a name counts as one only when a media document lists it among its
 * sizes (an original may be named like a copy, `photo-800x450.jpg`): originals go to staff and
 * accredited journalists only (cms/access/mediaFiles.ts), through the gallery download.
 */
export async function readMediaFile(name: string): Promise<MediaFile | null> {
  if (!/^[\w][\w.-]{0,200}$/.test(name) || name.includes('..')) return null
  const type = TYPES[path.extname(name).toLowerCase()]
  if (!type) return null
  const payload = await payloadClient()
  const sizeNames = (payload.collections.media.config.upload.imageSizes ?? []).map(
    (size) => size.name,
  )
  const { totalDocs } = await payload.count({
    collection: 'media',
    where: webSizeFileWhere(name, sizeNames),
    overrideAccess: true,
  })
  if (totalDocs === 0) return null
  return openFile(path.join(MEDIA_DIR, name), type)
}

/** A stored file as a response body, or null when it is not there. */
export async function openFile(file: string, type: string): Promise<MediaFile | null> {
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return null
  return {
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    type,
    size: info.size,
    modified: info.mtime,
  }
}

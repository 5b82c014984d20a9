import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { MEDIA_DIR } from '../../../cms/paths'

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

export type MediaFile = { body: ReadableStream; type: string; size: number; modified: Date }

/** Payload names resized copies `<name>-<width>x<height>.<ext>`; anything else is an original. */
const RESIZED_COPY = /-\d{1,5}x\d{1,5}\.\w+$/

/**
 * A public upload from media/ by its stored name. Names with folders, dots in front or unknown
 * endings are refused, so nothing outside media/ (and nothing but images) can be read. Only the
 * resized copies are public: originals (high resolution) go to accredited journalists only.
 */
export async function readMediaFile(name: string): Promise<MediaFile | null> {
  if (!/^[\w][\w.-]{0,200}$/.test(name) || name.includes('..') || !RESIZED_COPY.test(name)) return null
  const type = TYPES[path.extname(name).toLowerCase()]
  if (!type) return null
  return openFile(path.join(MEDIA_DIR, name), type)
}

/** A stored file as a response body, or null when it is not there. */
export async function openFile(file: string, type: string): Promise<MediaFile | null> {
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return null
  return { body: Readable.toWeb(createReadStream(file)) as ReadableStream, type, size: info.size, modified: info.mtime }
}

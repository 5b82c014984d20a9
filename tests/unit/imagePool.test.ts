import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import sharp from 'sharp'

import { normaliseInPool, setImagePoolLimits } from '~/cms/lib/files/imagePool'
import {
  normaliseLetterImage,
  normalisePortrait,
  PORTRAIT_SIZE,
} from '~/cms/lib/files/normaliseImages'
import { normalisePoolPhoto } from '~/cms/lib/files/normalisePoolPhoto'
import { ServerBusyError } from '~/cms/lib/overload'
import { minimalPdf, phoneGrain, phonePhoto, pixelBombPng } from '../support/sampleFiles'

/**
 * The image processes (cms/lib/files/imagePool.ts) give exactly what the same function gives in
 * this process, for a real 12-megapixel phone photo and for the files that are refused.
 */
let photos: Buffer[]
before(async () => {
  const grain = await phoneGrain()
  photos = await Promise.all([0, 1, 2].map((i) => phonePhoto(i, grain)))
})

describe('normalising photos in the image processes', () => {
  it('cuts a 12-megapixel phone photo to the same portrait, byte for byte, as in this process', async () => {
    const [pooled, here] = await Promise.all([
      normaliseInPool('portrait', photos[0]!),
      normalisePortrait(photos[0]!),
    ])
    assert.ok(pooled.ok && here.ok)
    assert.ok(Buffer.isBuffer(pooled.jpeg))
    assert.equal(Buffer.compare(pooled.jpeg, here.jpeg), 0)
    const meta = await sharp(pooled.jpeg).metadata()
    assert.deepEqual(
      [meta.format, meta.width, meta.height, meta.exif],
      ['jpeg', PORTRAIT_SIZE.width, PORTRAIT_SIZE.height, undefined],
    )
  })

  it('gives letters and pool photos the same result as in this process', async () => {
    const letter = await normaliseInPool('letter', photos[1]!)
    const letterHere = await normaliseLetterImage(photos[1]!)
    assert.ok(letter.ok && letterHere.ok)
    assert.equal(Buffer.compare(letter.jpeg, letterHere.jpeg), 0)
    const pool = await normaliseInPool('poolPhoto', photos[2]!)
    const poolHere = await normalisePoolPhoto(photos[2]!)
    assert.ok(pool.ok && poolHere.ok)
    assert.deepEqual([pool.width, pool.height], [4000, 3000])
    assert.equal(Buffer.compare(pool.jpeg, poolHere.jpeg), 0)
  })

  it('refuses what the same function refuses, with the same code', async () => {
    assert.deepEqual(await normaliseInPool('portrait', minimalPdf()), {
      ok: false,
      code: 'not_image',
    })
    assert.deepEqual(await normaliseInPool('letter', pixelBombPng()), {
      ok: false,
      code: 'too_many_pixels',
    })
  })
})

describe('an image queue that waits too long', () => {
  before(() => setImagePoolLimits({ queueWaitMs: 1 }))
  after(() => setImagePoolLimits({ queueWaitMs: 30_000 }))

  it('refuses the photos that waited as an overload, and still normalises the ones it took', async () => {
    const outcomes = await Promise.allSettled(
      [0, 1, 2, 0, 1, 2].map((i) => normaliseInPool('portrait', photos[i]!)),
    )
    const refused = outcomes.filter((o) => o.status === 'rejected')
    const done = outcomes.filter((o) => o.status === 'fulfilled')
    assert.ok(refused.length > 0, 'six 12-megapixel photos at once wait more than 1 ms')
    assert.ok(done.length > 0, 'the first photos are taken at once')
    for (const o of refused) assert.ok(o.reason instanceof ServerBusyError, String(o.reason))
    for (const o of done) assert.equal(o.value.ok, true)
  })
})

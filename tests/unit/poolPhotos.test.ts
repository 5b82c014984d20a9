import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import sharp from 'sharp'

import { judgeUpload } from '~/cms/lib/files/judgeUpload'
import { normalisePoolPhoto } from '~/cms/lib/files/normalisePoolPhoto'
import {
  mayWithdrawPoolPhoto,
  POOL_BATCH_MAX,
  POOL_PHOTO_MAX_BYTES,
  poolCaption,
  poolCredit,
  poolGalleryTitle,
  poolUploadClosesAt,
  poolUploadRefusal,
  poolUploadWindow,
} from '~/cms/lib/poolPhotos/poolPhotoRules'
import { photo } from '~/tests/support/sampleFiles'

const session = { startsAt: '2026-03-01T02:00:00.000Z', endsAt: '2026-03-01T04:00:00.000Z' }
const at = (iso: string) => new Date(iso)

describe('the pool upload window', () => {
  it('opens an hour before the session and closes a day after it ends', () => {
    assert.equal(poolUploadWindow(session, at('2026-03-01T00:59:59.000Z')), 'not-yet-open')
    assert.equal(poolUploadWindow(session, at('2026-03-01T01:00:00.000Z')), 'open')
    assert.equal(poolUploadWindow(session, at('2026-03-02T04:00:00.000Z')), 'open')
    assert.equal(poolUploadWindow(session, at('2026-03-02T04:00:01.000Z')), 'closed')
    assert.equal(poolUploadClosesAt(session).toISOString(), '2026-03-02T04:00:00.000Z')
  })

  it('counts from the start when a session has no end', () => {
    const open = { startsAt: session.startsAt, endsAt: null }
    assert.equal(poolUploadWindow(open, at('2026-03-02T02:00:01.000Z')), 'closed')
  })
})

describe('who may upload to a pool', () => {
  const ok = { passStatus: 'active', window: 'open' as const, files: 2 }
  it('refuses non-members, revoked passes, closed windows and bad batch sizes, in that order', () => {
    assert.equal(poolUploadRefusal(ok), null)
    assert.equal(poolUploadRefusal({ ...ok, passStatus: null }), 'not-in-pool')
    assert.equal(poolUploadRefusal({ ...ok, passStatus: 'revoked' }), 'pass-revoked')
    assert.equal(poolUploadRefusal({ ...ok, window: 'not-yet-open' }), 'upload-not-open')
    assert.equal(poolUploadRefusal({ ...ok, window: 'closed' }), 'upload-closed')
    assert.equal(poolUploadRefusal({ ...ok, files: 0 }), 'no-files')
    assert.equal(poolUploadRefusal({ ...ok, files: POOL_BATCH_MAX + 1 }), 'too-many-files')
    assert.equal(poolUploadRefusal({ ...ok, passStatus: null, window: 'closed' }), 'not-in-pool')
  })
})

describe('withdrawing a pool photo', () => {
  it('is the photographer’s before release and an editor’s always', () => {
    assert.equal(mayWithdrawPoolPhoto({ isEditor: false, isUploader: true, released: false }), true)
    assert.equal(mayWithdrawPoolPhoto({ isEditor: false, isUploader: true, released: true }), false)
    assert.equal(
      mayWithdrawPoolPhoto({ isEditor: false, isUploader: false, released: false }),
      false,
    )
    assert.equal(mayWithdrawPoolPhoto({ isEditor: true, isUploader: false, released: true }), true)
  })
})

describe('credits, captions and titles', () => {
  it('keeps the credit the photographer typed, else their name and outlet', () => {
    assert.equal(poolCredit('', 'Nguyễn Văn A', 'Báo Cà Mau'), 'Nguyễn Văn A / Báo Cà Mau')
    assert.equal(poolCredit('  TTXVN  /  Ảnh  ', 'A', 'B'), 'TTXVN / Ảnh')
    assert.equal(poolCredit(null, 'Nguyễn Văn A', ''), 'Nguyễn Văn A')
    assert.equal(poolCredit('x'.repeat(500), 'A', 'B').length, 120)
  })

  it('makes a caption one trimmed line', () => {
    assert.equal(poolCaption(' Đại biểu\n biểu quyết '), 'Đại biểu biểu quyết')
    assert.equal(poolCaption(undefined), '')
  })

  it('names the public gallery after the session in each language', () => {
    assert.equal(poolGalleryTitle('Phiên bế mạc', 'vi'), 'Ảnh pool: Phiên bế mạc')
    assert.equal(poolGalleryTitle('Closing session', 'en'), 'Pool photos: Closing session')
  })
})

describe('a pool photo’s bytes', () => {
  it('accepts a camera original above the applicants’ 10 MB limit, up to 25 MB', async () => {
    const big = new Uint8Array(12 * 1024 * 1024)
    big.set(await photo(400, 400).jpeg().toBuffer())
    assert.equal((await judgeUpload(big, 'portrait', POOL_PHOTO_MAX_BYTES)).ok, true)
    assert.deepEqual(await judgeUpload(big, 'portrait'), { ok: false, code: 'too_large' })
  })

  it('applies the camera’s orientation and drops EXIF', async () => {
    const rotated = await photo(600, 400).withMetadata({ orientation: 6 }).jpeg().toBuffer()
    const result = await normalisePoolPhoto(rotated)
    assert.ok(result.ok)
    assert.deepEqual([result.width, result.height], [400, 600])
    const meta = await sharp(result.jpeg).metadata()
    assert.deepEqual(
      [meta.width, meta.height, meta.orientation, meta.exif],
      [400, 600, undefined, undefined],
    )
  })

  it('refuses a thumbnail-sized picture', async () => {
    const tiny = await photo(300, 200).jpeg().toBuffer()
    assert.deepEqual(await normalisePoolPhoto(tiny), { ok: false, code: 'too_small' })
  })
})

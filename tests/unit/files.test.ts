import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import sharp from 'sharp'

import { judgeUpload, UPLOAD_MAX_BYTES } from '~/cms/lib/files/judgeUpload'
import {
  normaliseLetterImage,
  normalisePortrait,
  PORTRAIT_SIZE,
} from '~/cms/lib/files/normaliseImages'
import { heicBytes, minimalPdf, photo, pixelBombPng } from '../support/sampleFiles'

describe('judging what an upload really is', () => {
  it('accepts JPEG, PNG and WebP portraits', async () => {
    const jpeg = await photo(400, 400).jpeg().toBuffer()
    const png = await photo(400, 400).png().toBuffer()
    const webp = await photo(400, 400).webp().toBuffer()
    assert.deepEqual(await judgeUpload(jpeg, 'portrait'), {
      ok: true,
      mime: 'image/jpeg',
      ext: 'jpg',
    })
    assert.deepEqual(await judgeUpload(png, 'portrait'), {
      ok: true,
      mime: 'image/png',
      ext: 'png',
    })
    assert.deepEqual(await judgeUpload(webp, 'letter'), {
      ok: true,
      mime: 'image/webp',
      ext: 'webp',
    })
  })

  it('accepts an assignment letter sent as a PDF', async () => {
    assert.deepEqual(await judgeUpload(minimalPdf(), 'letter'), {
      ok: true,
      mime: 'application/pdf',
      ext: 'pdf',
    })
  })

  it('rejects a portrait that is really a PDF, whatever the file was called', async () => {
    assert.deepEqual(await judgeUpload(minimalPdf(), 'portrait'), { ok: false, code: 'not_image' })
  })

  it('recognises an iPhone HEIC photo so the applicant can be told to send a JPEG', async () => {
    assert.deepEqual(await judgeUpload(heicBytes, 'portrait'), { ok: false, code: 'heic' })
    assert.deepEqual(await judgeUpload(heicBytes, 'letter'), { ok: false, code: 'heic' })
  })

  it('refuses SVG, which a browser would run script from', async () => {
    const plain = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const withProlog = Buffer.from(
      '\uFEFF  <?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg width="10"></svg>',
    )
    assert.deepEqual(await judgeUpload(plain, 'portrait'), { ok: false, code: 'svg' })
    assert.deepEqual(await judgeUpload(withProlog, 'letter'), { ok: false, code: 'svg' })
  })

  it('refuses HTML, in any letter case and after a byte-order mark', async () => {
    for (const text of [
      '<!DOCTYPE html><p>hi',
      '\uFEFF\n  <HTML><body>',
      '<Script>alert(1)</script>',
    ]) {
      assert.deepEqual(
        await judgeUpload(Buffer.from(text), 'letter'),
        { ok: false, code: 'html' },
        text,
      )
    }
  })

  it('refuses an empty file and one over 10 MB', async () => {
    assert.deepEqual(await judgeUpload(new Uint8Array(0), 'portrait'), { ok: false, code: 'empty' })
    const justTooBig = Buffer.alloc(UPLOAD_MAX_BYTES + 1)
    ;(await photo(100, 100).jpeg().toBuffer()).copy(justTooBig)
    assert.deepEqual(await judgeUpload(justTooBig, 'letter'), { ok: false, code: 'too_large' })
  })

  it('refuses other files with the message for the kind of upload', async () => {
    const text = Buffer.from('Kính gửi Ban Tổ chức, tôi xin gửi ảnh chân dung.')
    const gif = await photo(400, 400).gif().toBuffer()
    assert.deepEqual(await judgeUpload(text, 'portrait'), { ok: false, code: 'not_image' })
    assert.deepEqual(await judgeUpload(text, 'letter'), { ok: false, code: 'not_pdf_or_image' })
    assert.deepEqual(await judgeUpload(gif, 'portrait'), { ok: false, code: 'not_image' })
  })
})

describe('normalising a portrait', () => {
  it('produces a 600×800 JPEG', async () => {
    const result = await normalisePortrait(await photo(1000, 1000).png().toBuffer())
    assert.ok(result.ok)
    const meta = await sharp(result.jpeg).metadata()
    assert.deepEqual(
      [meta.format, meta.width, meta.height],
      ['jpeg', PORTRAIT_SIZE.width, PORTRAIT_SIZE.height],
    )
  })

  it('drops the camera details and other EXIF data', async () => {
    const input = await photo(900, 1200)
      .jpeg()
      .withExif({ IFD0: { Make: 'X', Copyright: 'Y' } })
      .toBuffer()
    assert.ok((await sharp(input).metadata()).exif, 'the test photo should carry EXIF')
    const result = await normalisePortrait(input)
    assert.ok(result.ok)
    const meta = await sharp(result.jpeg).metadata()
    assert.equal(meta.exif, undefined)
    assert.equal(meta.icc, undefined)
  })

  it('turns a phone photo taken sideways upright and accepts it', async () => {
    // Stored 800×600, left half red and right half blue; orientation 6 tells the viewer to turn it
    // a quarter clockwise, so the person sees a 600×800 portrait with red on top.
    const blueHalf = await sharp({
      create: { width: 400, height: 600, channels: 3, background: '#0000ff' },
    })
      .png()
      .toBuffer()
    const sideways = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#ff0000' },
    })
      .composite([{ input: blueHalf, left: 400, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const result = await normalisePortrait(sideways)
    assert.ok(result.ok)
    const meta = await sharp(result.jpeg).metadata()
    assert.deepEqual([meta.width, meta.height, meta.orientation], [600, 800, undefined])
    const { data } = await sharp(result.jpeg).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * 600 + x) * 3, (y * 600 + x) * 3 + 3),
    ]
    const [topRed, , topBlue] = pixel(300, 100)
    const [bottomRed, , bottomBlue] = pixel(300, 700)
    assert.ok(topRed! > 200 && topBlue! < 50, 'red on top')
    assert.ok(bottomBlue! > 200 && bottomRed! < 50, 'blue at the bottom')
  })

  it('measures a sideways photo by how it is shown, not how it is stored', async () => {
    // 400×300 stored is 300×400 upright: just big enough.
    const sideways = await photo(400, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    assert.equal((await normalisePortrait(sideways)).ok, true)
  })

  it('refuses a portrait too small to print', async () => {
    assert.deepEqual(await normalisePortrait(await photo(200, 200).jpeg().toBuffer()), {
      ok: false,
      code: 'too_small',
    })
    assert.deepEqual(await normalisePortrait(await photo(800, 399).jpeg().toBuffer()), {
      ok: false,
      code: 'too_small',
    })
  })

  it('refuses a pixel bomb quickly, without decoding it', async () => {
    const before = process.memoryUsage().rss
    const started = performance.now()
    assert.deepEqual(await normalisePortrait(pixelBombPng()), {
      ok: false,
      code: 'too_many_pixels',
    })
    assert.deepEqual(await normaliseLetterImage(pixelBombPng()), {
      ok: false,
      code: 'too_many_pixels',
    })
    assert.ok(performance.now() - started < 1000, 'should not take seconds')
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'should not use gigabytes')
  })

  it('refuses bytes that are not an image it accepts', async () => {
    assert.deepEqual(await normalisePortrait(minimalPdf()), { ok: false, code: 'not_image' })
    const truncated = (await photo(800, 800).png().toBuffer()).subarray(0, 200)
    assert.deepEqual(await normalisePortrait(truncated), { ok: false, code: 'not_image' })
  })

  it('normalises a 12-megapixel camera photo in reasonable time', async () => {
    const camera = await sharp({
      create: {
        width: 4000,
        height: 3000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 90 })
      .toBuffer()
    const started = performance.now()
    const result = await normalisePortrait(camera)
    const elapsed = Math.round(performance.now() - started)
    console.log(`normalise 12 MP portrait: ${elapsed} ms`)
    assert.ok(result.ok)
    assert.ok(elapsed < 10_000)
  })
})

describe('normalising a photographed letter', () => {
  it('shrinks a large photo to fit 2480 pixels, drops EXIF, and never enlarges a small one', async () => {
    const large = await photo(4000, 3000)
      .jpeg()
      .withExif({ IFD0: { Make: 'X' } })
      .toBuffer()
    const result = await normaliseLetterImage(large)
    assert.ok(result.ok)
    const meta = await sharp(result.jpeg).metadata()
    assert.deepEqual(
      [meta.format, meta.width, meta.height, meta.exif],
      ['jpeg', 2480, 1860, undefined],
    )

    const small = await normaliseLetterImage(await photo(500, 700).png().toBuffer())
    assert.ok(small.ok)
    const smallMeta = await sharp(small.jpeg).metadata()
    assert.deepEqual([smallMeta.width, smallMeta.height], [500, 700])
  })
})

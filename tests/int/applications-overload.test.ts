import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { ServerBusyError } from '~/cms/lib/overload'
import { phoneGrain, phonePhoto } from '~/tests/support/sampleFiles'
import { applicationForm, prepareCongress } from './fixtures/application'
import { startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * An overload, as the site meets it: more 12-megapixel photos at once than the image processes
 * take in time. The late applications are answered "paused" (the page's 503, with Retry-After)
 * and nothing of theirs is written; the others are stored whole. Any other form post that meets
 * an overload gets the same 503 from the site's middleware, in the visitor's language.
 */
let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let filesDir: string
const saved = { ...process.env }

// Modules that read the data folder are imported once the test's own folder is set.
before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  filesDir = (await import('~/cms/paths')).APPLICANT_FILES_DIR
  await prepareCongress(payload)
})
after(async () => {
  process.env = saved
  const { emailsInFlight } =
    await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant')
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

const privateFiles = () => (existsSync(filesDir) ? readdirSync(filesDir).length : 0)
const requestCount = async () =>
  (await payload.count({ collection: 'accreditation-requests' })).totalDocs

describe('applications beyond what the image processes take in time', () => {
  it('answer "paused" for the late ones, with nothing of theirs written, and store the rest whole', async () => {
    const grain = await phoneGrain()
    const photos = await Promise.all([0, 1, 2, 3].map((i) => phonePhoto(i, grain)))
    const [requestsBefore, filesBefore] = [await requestCount(), privateFiles()]
    const { setImagePoolLimits } = await import('~/cms/lib/files/imagePool')
    setImagePoolLimits({ workers: 1, queueWaitMs: 1 })
    const outcomes = await Promise.all(
      photos.map(async (photo, i) => {
        const form = await applicationForm({
          email: `burst.${i}@example.vn`,
          portrait: new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }),
        })
        // What site/pages/accreditation/index.astro does: null is its 503 "paused".
        return gateway.unlessDatabaseDown(gateway.submitApplication(form, 'vi'))
      }),
    )
    setImagePoolLimits({ queueWaitMs: 30_000 })
    const paused = outcomes.filter((o) => o === null).length
    const stored = outcomes.filter((o) => o?.ok).length
    assert.ok(paused > 0, 'four photos at once on one process: some wait more than 1 ms')
    assert.ok(stored > 0, 'the first photo is taken at once')
    assert.equal(paused + stored, photos.length, JSON.stringify(outcomes))
    assert.equal(await requestCount(), requestsBefore + stored, JSON.stringify(outcomes))
    // A portrait and a letter for each stored application, nothing for a paused one.
    assert.equal(privateFiles(), filesBefore + 2 * stored, `${filesBefore} files before`)
  })
})

describe('any form post that meets an overload', () => {
  const post = (url: string, accept = 'text/html') =>
    new Request(url, { method: 'POST', headers: { Accept: accept } })

  it("answers 503 with Retry-After and a sentence in the visitor's language, never a 500", async () => {
    const { busyUnlessAnswered } = await import('~/site/lib/shortAnswer')
    const overloaded = () => {
      throw new ServerBusyError('image queue: waited more than 15000 ms')
    }
    const vi = await busyUnlessAnswered(post('http://site/press/'), 'vi', overloaded)
    assert.equal(vi.status, 503)
    assert.equal(vi.headers.get('retry-after'), '60')
    assert.equal(vi.headers.get('cache-control'), 'no-store')
    assert.match(await vi.text(), /<html lang="vi">.*không có gì được lưu/s)
    const en = await busyUnlessAnswered(post('http://site/en/press/'), 'en', overloaded)
    assert.match(await en.text(), /<html lang="en">.*nothing was stored/s)
    const json = await busyUnlessAnswered(
      post('http://site/subscribe/', 'application/json'),
      'en',
      overloaded,
    )
    assert.equal(json.status, 503)
    assert.deepEqual((await json.json()).errors, { form: 'busy' })
  })

  it('leaves a bug a bug, and a page read as it was', async () => {
    const { busyUnlessAnswered } = await import('~/site/lib/shortAnswer')
    await assert.rejects(
      busyUnlessAnswered(post('http://site/press/'), 'vi', () => {
        throw new TypeError('x is undefined')
      }),
      TypeError,
    )
    await assert.rejects(
      busyUnlessAnswered(new Request('http://site/'), 'vi', () => {
        throw new ServerBusyError('busy')
      }),
      ServerBusyError,
    )
  })
})

import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload, type Where } from 'payload'
import { parse } from 'qs-esm'

import { decideApplication } from '~/cms/accreditation/operations/decideApplication'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { doorFigures } from '~/cms/dashboard/door'
import { editorFigures } from '~/cms/dashboard/editor'
import { officerFigures } from '~/cms/dashboard/officer'
import { localDate, now, setClock } from '~/cms/lib/time'
import { applicationForm, congressEvent, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * The dashboard's readers on a real database, with the caller's access: the figures of a congress
 * with applications in several states, and every figure's link naming a list (read back through
 * the Local API with the link's own `where`) that holds exactly as many rows as the figure says.
 */
let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let officer: Awaited<ReturnType<typeof makeStaff>>
let editor: Awaited<ReturnType<typeof makeStaff>>
let outletId: number

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  outletId = (
    await prepareCongress(payload, {
      reporter: 2,
      photographer: 1,
      cameraOperator: 1,
      technician: 0,
    })
  ).id as number
  officer = await makeStaff(payload, ['accreditation-officer'])
  editor = await makeStaff(payload, ['editor'])
})
after(async () => {
  await emailsInFlight()
  setClock(null)
  await cleanup()
  await mail.stop()
})

let applicants = 0
async function apply(fullName: string, role = 'reporter') {
  applicants += 1
  const outcome = await gateway.submitApplication(
    await applicationForm({
      fullName,
      role,
      outlet: String(outletId),
      outletOther: null,
      email: `dashboard.${applicants}@example.vn`,
    }),
    'vi',
  )
  assert.ok(outcome.ok && !outcome.duplicate, JSON.stringify(outcome))
  return outcome.statusToken.split('.')[0]!
}

/** The rows of the list a dashboard link opens: its address's `where`, read with the caller's access. */
async function rowsBehind(href: string, user: typeof officer): Promise<number> {
  const url = new URL(href, 'http://admin.local')
  const collection = url.pathname.split('/').pop() as 'accreditation-requests'
  const query = parse(url.search.slice(1)) as { where?: Where }
  const { totalDocs } = await payload.count({
    collection,
    where: query.where ?? {},
    overrideAccess: false,
    user,
  })
  return totalDocs
}

describe('the officer dashboard', () => {
  it('counts the event by status, waiting, quota, vetting and passes, each figure naming its own rows', async () => {
    const first = await apply('Nguyễn Văn Một')
    setClock(new Date(now().getTime() + 3600_000))
    const second = await apply('Lê Thị Hai')
    await apply('Phạm Văn Ba', 'photographer')
    const req = await createLocalReq({ user: officer as never }, payload)
    await decideApplication(req, { id: first, status: 'approved' })
    await decideApplication(req, {
      id: second,
      status: 'needs-information',
      reasonCode: 'incomplete-documents',
      message: 'Xin bổ sung thư giới thiệu.',
    })
    const event = await congressEvent(payload)
    const at = new Date(now().getTime() + 2 * 3600_000)
    const f = await officerFigures(
      await createLocalReq({ user: officer as never }, payload),
      event,
      at,
    )

    const status = Object.fromEntries(f.byStatus.map((row) => [row.status, row.count]))
    assert.equal(status.approved, 1)
    assert.equal(status['needs-information'], 1)
    assert.equal(status.submitted, 1)
    assert.equal(f.all.count, 3)
    assert.equal(f.needsInformation.count, 1)
    assert.ok(f.needsInformation.oldestAskedAt)
    assert.equal(f.oldestWaiting?.fullName, 'Phạm Văn Ba')
    assert.deepEqual(
      f.quota.map((row) => [row.role, row.used, row.quota]),
      [['reporter', 1, 2]],
    )
    assert.equal(f.passes.active.count, 1)
    assert.equal(f.passes.revoked.count, 0)
    assert.equal(
      f.vetting.reduce((sum, row) => sum + row.count, 0),
      3,
    )

    for (const figure of [
      ...f.byStatus,
      f.all,
      f.needsInformation,
      ...f.vetting,
      f.passes.active,
      f.passes.revoked,
      ...f.admissionsToday,
      f.refusedToday,
    ])
      assert.equal(await rowsBehind(figure.href, officer), figure.count, figure.href)
    assert.equal(await rowsBehind(f.quota[0]!.href, officer), 1)
    assert.equal(await rowsBehind(f.oldestWaiting!.listHref, officer), 1)
  })

  it('reads with the caller access: an editor gets no applicant figures', async () => {
    const event = await congressEvent(payload)
    await assert.rejects(
      officerFigures(await createLocalReq({ user: editor as never }, payload), event, now()),
    )
  })
})

describe('the check-in lead dashboard', () => {
  it('counts admissions and refusals per list and hour for check-in staff, who still read no log row', async () => {
    const checkin = await makeStaff(payload, ['checkin-staff'])
    const event = await congressEvent(payload)
    const day = localDate(now())
    const at = (minutes: number) => new Date(now().getTime() + minutes * 60_000).toISOString()
    const scans = [
      { zone: 'press-centre', verdict: 'valid', scannedAt: at(0), passNumber: 'DH1-7001' },
      { zone: 'press-centre', verdict: 'valid', scannedAt: at(61), passNumber: 'DH1-7002' },
      { zone: 'plenary-gallery', verdict: 'valid', scannedAt: at(1), passNumber: 'DH1-7003' },
      { zone: 'press-centre', verdict: 'revoked', scannedAt: at(2), passNumber: 'DH1-7004' },
      { zone: 'plenary-gallery', verdict: 'unknown', scannedAt: at(3), passNumber: 'DH1-7005' },
    ] as const
    for (const scan of scans)
      await payload.create({
        collection: 'check-ins',
        data: { ...scan, event: event.id, day },
        overrideAccess: true,
      })
    // Another day's scan counts nowhere today.
    await payload.create({
      collection: 'check-ins',
      data: {
        zone: 'press-centre',
        verdict: 'valid',
        scannedAt: at(-48 * 60),
        passNumber: 'DH1-7006',
        event: event.id,
        day: '2020-01-01',
      },
      overrideAccess: true,
    })
    const req = await createLocalReq({ user: checkin as never }, payload)
    const zones = (event.zones ?? []) as string[]
    const door = await doorFigures(req, { event: event.id, day, zones })
    const byZone = Object.fromEntries(door.lists.map((row) => [row.zone, row]))
    assert.deepEqual([byZone['press-centre']?.admitted, byZone['press-centre']?.refused], [2, 1])
    assert.deepEqual(
      [byZone['plenary-gallery']?.admitted, byZone['plenary-gallery']?.refused],
      [1, 1],
    )
    assert.equal(door.admitted, 3)
    assert.equal(door.refused, 2)
    assert.equal(door.perHour.total, 3)
    assert.equal(door.perHour.totals['press-centre'], 2)
    // Counts only: no pass number, no staff, no time of a scan leaves the aggregate.
    const json = JSON.stringify(door)
    assert.ok(!json.includes('DH1-70'), json)
    assert.ok(!json.includes(scans[0].scannedAt), json)
    // The log itself stays closed to check-in staff.
    await assert.rejects(
      payload.find({ collection: 'check-ins', overrideAccess: false, user: checkin }),
    )
    // The officer's dashboard reads the same figures.
    const officers = await officerFigures(
      await createLocalReq({ user: officer as never }, payload),
      event,
      now(),
    )
    assert.deepEqual(officers.door, door)
    for (const figure of [...officers.admissionsToday, officers.refusedToday])
      assert.equal(await rowsBehind(figure.href, officer), figure.count, figure.href)
    // Editors see no door.
    await assert.rejects(
      doorFigures(await createLocalReq({ user: editor as never }, payload), {
        event: event.id,
        day,
        zones,
      }),
      (error: Error & { status?: number }) => error.status === 403,
    )
  })
})

describe('the editor dashboard', () => {
  it('counts drafts and scheduled items and lists embargoes lifting within 24 hours', async () => {
    const at = now()
    const create = (collection: 'news' | 'press-releases', data: Record<string, unknown>) =>
      payload.create({ collection, data: data as never, overrideAccess: false, user: editor })
    await create('news', { title: 'Bản nháp', _status: 'draft' })
    await create('news', {
      title: 'Hẹn giờ',
      _status: 'published',
      publishedAt: new Date(at.getTime() + 48 * 3600_000).toISOString(),
    })
    await create('press-releases', {
      title: 'Sắp hết cấm',
      summary: 'Tóm tắt',
      _status: 'published',
      publishedAt: new Date(at.getTime() - 60_000).toISOString(),
      embargoUntil: new Date(at.getTime() + 3 * 3600_000).toISOString(),
    })
    await create('press-releases', {
      title: 'Còn cấm lâu',
      summary: 'Tóm tắt',
      _status: 'published',
      publishedAt: new Date(at.getTime() - 60_000).toISOString(),
      embargoUntil: new Date(at.getTime() + 30 * 3600_000).toISOString(),
    })
    const f = await editorFigures(await createLocalReq({ user: editor as never }, payload), at)
    const news = f.perCollection.find((row) => row.collection === 'news')!
    assert.equal(news.drafts.count, 1)
    assert.equal(news.scheduled.count, 1)
    assert.deepEqual(
      f.embargoes.map((row) => row.title),
      ['Sắp hết cấm'],
    )
    assert.equal(await rowsBehind(f.embargoesList, editor), 1)
    for (const row of f.perCollection) {
      assert.equal(await rowsBehind(row.drafts.href, editor), row.drafts.count)
      assert.equal(await rowsBehind(row.scheduled.href, editor), row.scheduled.count)
    }
    assert.ok(['Sắp hết cấm', 'Còn cấm lâu'].includes(f.latestRelease!.title))
    assert.ok(!f.lastPublished.some((row) => row.title === 'Hẹn giờ'))
  })
})

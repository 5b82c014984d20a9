/**
 * The measure of batch badge printing: a 100-badge PDF through printBadges (the operation the
 * admin's button calls), on a fresh test database. Not part of `npm test` (it makes 100
 * applications first): run `node --import tsx tests/int/bench-badges.ts`.
 */
import { createLocalReq } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { setClock } from '~/cms/lib/time'
import { printBadges } from '~/cms/passes/operations/printBadges'
import {
  applicationForm,
  CONGRESS_APPLICATIONS_OPEN,
  prepareCongress,
} from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

const COUNT = Number(process.env.BADGES ?? 100)
const MIDDLE = ['Thị', 'Văn', 'Quốc', 'Minh', 'Ngọc', 'Thu', 'Hữu', 'Thanh', 'Đức', 'Bảo']
const GIVEN = ['Ánh', 'Bình', 'Cường', 'Dũng', 'Hằng', 'Khoa', 'Linh', 'Nhung', 'Phúc', 'Việt']
const { payload, cleanup } = await startTestPayload()
try {
  const gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  const officer = await makeStaff(payload, ['accreditation-officer'])
  const ids: string[] = []
  for (let i = 0; i < COUNT; i += 1) {
    setClock(CONGRESS_APPLICATIONS_OPEN)
    const outcome = await gateway.submitApplication(
      await applicationForm({
        fullName: `Nguyễn ${MIDDLE[Math.floor(i / 10) % 10]} ${GIVEN[i % 10]}`,
        email: `bench${i}@example.vn`,
      }),
      'vi',
    )
    if (!outcome.ok) throw new Error(JSON.stringify(outcome))
    ids.push(outcome.statusToken.split('.')[0]!)
    await payload.update({
      collection: 'accreditation-requests',
      id: ids.at(-1)!,
      data: { status: 'approved' },
      overrideAccess: false,
      user: officer,
    })
  }
  setClock(null)
  const where = { request: { in: ids } }
  for (const round of [1, 2, 3]) {
    const started = performance.now()
    const cpu = process.cpuUsage()
    const run = await printBadges(await createLocalReq({ user: officer }, payload), { where })
    const ms = performance.now() - started
    const used = process.cpuUsage(cpu)
    console.log(
      `round ${round}: ${run.printed.length} badges, ${Math.ceil(run.printed.length / 4)} sheets, ` +
        `${ms.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms), ` +
        `${(run.pdf.byteLength / 1024).toFixed(0)} KiB`,
    )
  }
  await emailsInFlight()
} finally {
  await cleanup()
}

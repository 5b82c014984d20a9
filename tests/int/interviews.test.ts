import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { followUpInterviewRequests } from '~/cms/interviews/operations/followUpInterviewRequests'
import { forwardInterviewRequest } from '~/cms/interviews/operations/forwardInterviewRequest'
import { requestInterview } from '~/cms/interviews/operations/requestInterview'
import { scheduleInterview } from '~/cms/interviews/operations/scheduleInterview'
import { CONSENT_VALID_HOURS, REMIND_AFTER_HOURS } from '~/cms/lib/interviews/interviewRules'
import { now, setClock } from '~/cms/lib/time'
import type { Delegation, Event, InterviewRequest, Journalist, User } from '~/cms/payload-types'
import { icsTime, parseIcs } from '~/tests/support/ics'
import { applicationForm, congressEvent, prepareCongress } from './fixtures/application'
import { forbidden, makeStaff, startTestPayload } from './harness'
import { type CaughtMail, startMailCatcher } from './mailCatcher'

let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let congress: Event
let officer: User & { collection: 'users' }
let editor: User & { collection: 'users' }
let door: User & { collection: 'users' }
let delegation: Delegation
let other: Delegation
let reporter: Journalist & { collection: 'journalists' }
let second: Journalist & { collection: 'journalists' }

const HOUR = 3_600_000
const staffReq = (user: User & { collection: 'users' }, language: 'vi' | 'en' = 'en') =>
  createLocalReq({ user, context: { language } }, payload)
const asJournalist = (
  j: Journalist & { collection: 'journalists' },
  language: 'vi' | 'en' = 'en',
) => createLocalReq({ user: j, context: { language } }, payload)

/** The 4xx of a refused call, its refusal code and, for a field refusal, the field. */
async function refusal(call: () => Promise<unknown>) {
  try {
    await call()
  } catch (error) {
    const { status, message, data } = error as {
      status: number
      message: string
      data?: { refusal?: string; errors?: { path?: string }[] }
    }
    assert.ok(status >= 400 && status < 500, `a 4xx, not ${status}: ${message}`)
    return { status, message, refusal: data?.refusal, field: data?.errors?.[0]?.path }
  }
  assert.fail('the call was not refused')
}

async function mailTo(address: string, subject: RegExp, count = 1): Promise<CaughtMail[]> {
  for (let i = 0; i < 200; i++) {
    const found = mail.messages.filter((m) => m.to.includes(address) && subject.test(m.subject))
    if (found.length >= count) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  assert.fail(`no e-mail "${subject}" to ${address}`)
}
async function mailWith(address: string, text: string): Promise<CaughtMail> {
  for (let i = 0; i < 200; i++) {
    const found = mail.messages.find((m) => m.to.includes(address) && m.text.includes(text))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  assert.fail(`no e-mail with "${text}" to ${address}`)
}
const consentLink = (m: CaughtMail): string => {
  const found = /https?:\/\/\S+\/interviews\/consent\/([^\s/]+)\//.exec(m.text)
  assert.ok(found, 'no consent link in the e-mail')
  return found[1]!
}

/** A journalist approved for the congress (the site's form, an officer's decision): pass and account. */
async function approvedJournalist(language: 'vi' | 'en') {
  const email = `interview.${randomBytes(4).toString('hex')}@example.vn`
  const outcome = await gateway.submitApplication(
    await applicationForm({ email, language }),
    language,
  )
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  await emailsInFlight()
  const account = (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: id } },
      overrideAccess: true,
    })
  ).docs[0]!
  assert.equal(account.accredited, true)
  return { ...account, collection: 'journalists' as const }
}

const window = (day: string, from: string, to: string) => ({ day, from, to })

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  congress = await congressEvent(payload)
  officer = await makeStaff(payload, ['accreditation-officer'])
  editor = await makeStaff(payload, ['editor'])
  door = await makeStaff(payload, ['checkin-staff'])
  // Officers write delegations themselves (the collection's own access, as the admin does).
  delegation = await payload.create({
    collection: 'delegations',
    overrideAccess: false,
    user: officer,
    data: {
      event: congress.id,
      number: 12,
      name: 'Đoàn đại biểu Đảng bộ xã Năm Căn',
      nameEn: 'Năm Căn Commune delegation',
      contactName: 'Lê Thị Liên Hệ',
      contactEmail: 'doan12@example.vn',
      contactPhone: '+84 290 3800 012',
      delegates: [{ name: 'Phạm Văn Đại Biểu', position: 'Bí thư Đảng ủy xã' }],
    },
  })
  const council = await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: 'Kỳ họp khác',
      kind: 'council-session',
      state: 'open',
      referencePrefix: 'IVK',
      passPrefix: 'IV',
      startDate: '2025-11-03T01:00:00.000Z',
      endDate: '2025-11-04T09:00:00.000Z',
    },
  })
  other = await payload.create({
    collection: 'delegations',
    overrideAccess: true,
    data: {
      event: council.id,
      number: 1,
      name: 'Đoàn đại biểu khác',
      contactName: 'Ai Đó',
      contactEmail: 'doan-khac@example.vn',
    },
  })
  reporter = await approvedJournalist('en')
  second = await approvedJournalist('vi')
})
after(async () => {
  setClock(null)
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

describe('delegations', () => {
  it('are staff-only data: officers read them; editors, the door and journalists do not', async () => {
    const found = await payload.find({
      collection: 'delegations',
      overrideAccess: false,
      user: officer,
    })
    assert.equal(found.totalDocs, 2)
    for (const user of [editor, door, reporter])
      await assert.rejects(
        payload.find({ collection: 'delegations', overrideAccess: false, user }),
        forbidden,
      )
    await assert.rejects(
      payload.find({ collection: 'delegations', overrideAccess: false }),
      forbidden,
    )
  })
})

describe('an interview request', () => {
  let first: InterviewRequest
  let token: string

  it('is refused without a pass for the delegation’s event, or with bad windows, in the journalist’s language', async () => {
    const base = {
      delegation: delegation.id,
      topic: 'Kinh tế biển',
      windows: [window('2025-10-16', '09:00', '10:00')],
    }
    const noPass = await refusal(async () =>
      requestInterview(await asJournalist(reporter), {
        ...base,
        delegation: other.id,
        windows: [window('2025-11-03', '09:00', '10:00')],
      }),
    )
    assert.equal(noPass.status, 403)
    assert.equal(noPass.refusal, 'no-pass')
    assert.match(noPass.message, /no valid press pass/)
    const outside = await refusal(async () =>
      requestInterview(await asJournalist(second, 'vi'), {
        ...base,
        windows: [window('2025-10-18', '09:00', '10:00')],
      }),
    )
    assert.deepEqual(
      [outside.status, outside.field, outside.refusal],
      [400, 'windows', 'window-day'],
    )
    assert.match(outside.message, /ngày diễn ra đại hội/)
    const backwards = await refusal(async () =>
      requestInterview(await asJournalist(reporter), {
        ...base,
        windows: [window('2025-10-16', '11:00', '10:00')],
      }),
    )
    assert.equal(backwards.refusal, 'window-order')
    const stranger = await refusal(async () =>
      requestInterview(await asJournalist(reporter), { ...base, delegate: 'not-a-row' }),
    )
    assert.deepEqual([stranger.field, stranger.refusal], ['delegate', 'no-delegate'])
    const staff = await refusal(async () => requestInterview(await staffReq(officer), base))
    assert.equal(staff.status, 403)
    assert.equal(
      (await payload.count({ collection: 'interview-requests', overrideAccess: true })).totalDocs,
      0,
      'nothing written',
    )
  })

  it('is made by a journalist with a pass, seen by them and officers only, and audited', async () => {
    first = await requestInterview(await asJournalist(reporter), {
      delegation: delegation.id,
      delegate: delegation.delegates![0]!.id,
      topic: 'Không gian phát triển mới sau hợp nhất',
      questions: 'Câu 1?\nCâu 2?',
      windows: [window('2025-10-16', '09:00', '11:00'), window('2025-10-17', '14:00', '15:30')],
    })
    assert.equal(first.status, 'requested')
    assert.equal(first.delegateName, 'Phạm Văn Đại Biểu, Bí thư Đảng ủy xã')
    assert.match(first.passNumber ?? '', /^P-/)
    const own = await payload.find({
      collection: 'interview-requests',
      overrideAccess: false,
      user: reporter,
    })
    assert.equal(own.totalDocs, 1)
    const others = await payload.find({
      collection: 'interview-requests',
      overrideAccess: false,
      user: second,
    })
    assert.equal(others.totalDocs, 0, 'another journalist sees none')
    for (const user of [editor, door])
      await assert.rejects(
        payload.find({ collection: 'interview-requests', overrideAccess: false, user }),
        forbidden,
      )
    await assert.rejects(
      payload.find({ collection: 'interview-requests', overrideAccess: false }),
      forbidden,
    )
    // Never written through the collection's own create/update: only the operations.
    await assert.rejects(
      payload.update({
        collection: 'interview-requests',
        id: first.id,
        data: { status: 'scheduled' },
        overrideAccess: false,
        user: officer,
      }),
      forbidden,
    )
    const audit = await payload.find({
      collection: 'audit-entries',
      where: { referenceCode: { equals: `PV-${String(first.id).padStart(4, '0')}` } },
      overrideAccess: false,
      user: officer,
    })
    assert.deepEqual(
      audit.docs.map((d) => d.action),
      ['interview-requested'],
    )
  })

  it('is forwarded by an officer only: the contact gets a consent link, no account needed', async () => {
    for (const user of [editor, door]) {
      const refused = await refusal(async () =>
        forwardInterviewRequest(await staffReq(user), { id: first.id }),
      )
      assert.equal(refused.status, 403)
    }
    const journalistTry = await refusal(async () =>
      forwardInterviewRequest(await asJournalist(reporter), { id: first.id }),
    )
    assert.equal(journalistTry.status, 403)
    const forwarded = await forwardInterviewRequest(await staffReq(officer), { id: first.id })
    assert.equal(forwarded.status, 'forwarded')
    assert.equal(
      new Date(forwarded.consentExpiresAt!).getTime() - new Date(forwarded.forwardedAt!).getTime(),
      CONSENT_VALID_HOURS * HOUR,
    )
    const [consent] = await mailTo('doan12@example.vn', /Đề nghị phỏng vấn/)
    assert.match(consent!.text, /Không gian phát triển mới sau hợp nhất/)
    assert.match(consent!.text, /16\/10\/2025 09:00–11:00; 17\/10\/2025 14:00–15:30/)
    token = consentLink(consent!)
    const view = await gateway.openConsentLink(token, 'vi')
    assert.equal(view.verdict, 'open')
    const again = await refusal(async () =>
      forwardInterviewRequest(await staffReq(officer), { id: first.id }),
    )
    assert.deepEqual([again.status, again.refusal], [409, 'cannot-forward'])
  })

  it('reminds the silent contact once, with the same link', async () => {
    const forwardedAt = new Date((await load(first.id)).forwardedAt!)
    setClock(new Date(forwardedAt.getTime() + (REMIND_AFTER_HOURS + 1) * HOUR))
    assert.deepEqual(await followUpInterviewRequests(await staffReq(officer)), {
      reminded: 1,
      expired: 0,
    })
    assert.deepEqual(await followUpInterviewRequests(await staffReq(officer)), {
      reminded: 0,
      expired: 0,
    })
    const [reminder] = await mailTo('doan12@example.vn', /^Nhắc: /)
    assert.equal(consentLink(reminder!), token)
    const journalistTry = await refusal(async () =>
      followUpInterviewRequests(await asJournalist(reporter)),
    )
    assert.equal(journalistTry.status, 403)
  })

  it('takes the contact’s answer once: forged and used links are refused with the reason', async () => {
    const forged = await gateway.answerConsentFromForm(
      `${token.slice(0, -2)}xx`,
      form({ answer: 'accept' }),
      'en',
    )
    assert.deepEqual([forged.ok, !forged.ok && forged.status], [false, 404])
    const none = await gateway.answerConsentFromForm(token, form({ answer: 'maybe' }), 'en')
    assert.deepEqual([none.ok, !none.ok && none.status], [false, 400])
    const answered = await gateway.answerConsentFromForm(
      token,
      form({ answer: 'accept', note: 'Sáng 16 tiện hơn' }),
      'vi',
    )
    assert.deepEqual(answered, { ok: true, accepted: true })
    const used = await gateway.answerConsentFromForm(token, form({ answer: 'decline' }), 'en')
    assert.ok(!used.ok)
    assert.equal(used.status, 410)
    assert.match(used.message, /has been used/)
    assert.equal((await gateway.openConsentLink(token, 'en')).verdict, 'used')
    const saved = await load(first.id)
    assert.equal(saved.status, 'accepted')
    assert.equal(saved.answerNote, 'Sáng 16 tiện hơn')
  })

  it('marks silence as "no answer" when the link expires; the expired link says so', async () => {
    const silent = await requestInterview(await asJournalist(second, 'vi'), {
      delegation: delegation.id,
      topic: 'Sản phẩm địa phương',
      windows: [window('2025-10-17', '08:00', '09:00')],
    })
    await forwardInterviewRequest(await staffReq(officer), { id: silent.id })
    const mails = await mailTo('doan12@example.vn', /^Đề nghị phỏng vấn/, 2)
    const silentToken = consentLink(mails.at(-1)!)
    setClock(new Date(now().getTime() + (CONSENT_VALID_HOURS + 1) * HOUR))
    const result = await followUpInterviewRequests(await staffReq(officer))
    assert.equal(result.expired, 1)
    assert.equal((await load(silent.id)).status, 'no-answer')
    assert.equal((await gateway.openConsentLink(silentToken, 'en')).verdict, 'expired')
    const late = await gateway.answerConsentFromForm(silentToken, form({ answer: 'accept' }), 'en')
    assert.ok(!late.ok)
    assert.equal(late.status, 410)
    assert.match(late.message, /expired/)
    const actions = (
      await payload.find({
        collection: 'audit-entries',
        where: { referenceCode: { equals: `PV-${String(silent.id).padStart(4, '0')}` } },
        sort: 'createdAt',
        overrideAccess: false,
        user: officer,
      })
    ).docs.map((d) => d.action)
    assert.deepEqual(actions, ['interview-requested', 'interview-forwarded', 'interview-no-answer'])
  })

  it('is scheduled by an officer; both sides get the time with the same valid .ics', async () => {
    const notYet = await requestInterview(await asJournalist(second, 'vi'), {
      delegation: delegation.id,
      topic: 'Chưa đồng ý',
      windows: [window('2025-10-16', '08:00', '09:00')],
    })
    const early = await refusal(async () =>
      scheduleInterview(await staffReq(officer), {
        id: notYet.id,
        start: '2025-10-16T02:00:00.000Z',
        end: '2025-10-16T03:00:00.000Z',
        room: 'Phòng 1',
      }),
    )
    assert.deepEqual([early.status, early.refusal], [409, 'cannot-schedule'])
    const badRoom = await refusal(async () =>
      scheduleInterview(await staffReq(officer), {
        id: first.id,
        start: '2025-10-16T02:00:00.000Z',
        end: '2025-10-16T02:45:00.000Z',
        room: ' ',
      }),
    )
    assert.deepEqual([badRoom.status, badRoom.field], [400, 'room'])
    const editorTry = await refusal(async () =>
      scheduleInterview(await staffReq(editor), {
        id: first.id,
        start: '2025-10-16T02:00:00.000Z',
        end: '2025-10-16T02:45:00.000Z',
        room: 'Phòng 1',
      }),
    )
    assert.equal(editorTry.status, 403)
    const scheduled = await scheduleInterview(await staffReq(officer), {
      id: first.id,
      start: '2025-10-16T02:00:00.000Z',
      end: '2025-10-16T02:45:00.000Z',
      room: 'Phòng họp báo 1',
    })
    assert.equal(scheduled.status, 'scheduled')
    const [toJournalist] = await mailTo(reporter.email, /Interview scheduled/)
    const [toContact] = await mailTo('doan12@example.vn', /Lịch phỏng vấn/)
    assert.match(toJournalist!.text, /16\/10\/2025 09:00–09:45/)
    assert.match(toContact!.text, /Phòng: Phòng họp báo 1/)
    const events = [toJournalist!, toContact!].map((m) => {
      const ics = m.attachments?.find((a) => a.filename.endsWith('.ics'))
      assert.ok(ics, `no .ics attached to "${m.subject}"`)
      assert.match(ics.contentType, /^text\/calendar/)
      const parsed = parseIcs(ics.content)
      assert.equal(parsed.length, 1)
      return parsed[0]!
    })
    for (const event of events) {
      assert.equal(icsTime(event.DTSTART!).toISOString(), '2025-10-16T02:00:00.000Z')
      assert.equal(icsTime(event.DTEND!).toISOString(), '2025-10-16T02:45:00.000Z')
      assert.equal(event.LOCATION, 'Phòng họp báo 1')
      assert.match(event.SUMMARY!, /Phạm Văn Đại Biểu/)
    }
    assert.equal(events[0]!.UID, events[1]!.UID)
    const own = await gateway.myInterviewCalendar(reporter, String(first.id), 'en')
    assert.equal(parseIcs(own!)[0]!.UID, events[0]!.UID)
    assert.equal(
      await gateway.myInterviewCalendar(second, String(first.id), 'vi'),
      null,
      'not another journalist’s',
    )
    const area = await gateway.getPressInterviews(reporter, 'en')
    const shown = area.requests.find((r) => r.id === String(first.id))!
    assert.deepEqual(
      [shown.status, shown.room, shown.slotStart],
      ['scheduled', 'Phòng họp báo 1', '2025-10-16T02:00:00.000Z'],
    )
    assert.equal(area.events[0]!.delegations[0]!.name, 'Năm Căn Commune delegation')
    assert.ok(
      !JSON.stringify(area).includes('doan12@example.vn'),
      'no contact details in the press area',
    )
  })

  it('refuses a slot overlapping another in the same room or of the same journalist, at its field', async () => {
    const accepted = async (journalist: typeof reporter, topic: string) => {
      const made = await requestInterview(await asJournalist(journalist), {
        delegation: delegation.id,
        topic,
        windows: [window('2025-10-16', '08:00', '12:00')],
      })
      await forwardInterviewRequest(await staffReq(officer), { id: made.id })
      const link = consentLink(await mailWith('doan12@example.vn', topic))
      const answer = await gateway.answerConsentFromForm(link, form({ answer: 'accept' }), 'vi')
      assert.ok(answer.ok)
      return made
    }
    const sameJournalist = await accepted(reporter, 'Chủ đề thứ hai')
    const otherJournalist = await accepted(second, 'Chủ đề thứ ba')
    const busy = await refusal(async () =>
      scheduleInterview(await staffReq(officer), {
        id: sameJournalist.id,
        start: '2025-10-16T02:30:00.000Z',
        end: '2025-10-16T03:00:00.000Z',
        room: 'Phòng 2',
      }),
    )
    assert.deepEqual([busy.status, busy.field, busy.refusal], [409, 'slotStart', 'journalist-busy'])
    assert.match(
      busy.message,
      /This journalist already has another interview .*09:00–09:45, Phòng họp báo 1/,
    )
    const taken = await refusal(async () =>
      scheduleInterview(await staffReq(officer, 'vi'), {
        id: otherJournalist.id,
        start: '2025-10-16T02:15:00.000Z',
        end: '2025-10-16T03:00:00.000Z',
        room: ' phòng họp BÁO 1',
      }),
    )
    assert.deepEqual([taken.status, taken.field, taken.refusal], [409, 'room', 'room-taken'])
    assert.match(taken.message, /Phòng này đã có buổi phỏng vấn khác trùng giờ/)
    // Back to back in the same room, and the same journalist later: both fine.
    const next = await scheduleInterview(await staffReq(officer), {
      id: otherJournalist.id,
      start: '2025-10-16T02:45:00.000Z',
      end: '2025-10-16T03:15:00.000Z',
      room: 'Phòng họp báo 1',
    })
    assert.equal(next.status, 'scheduled')
    const later = await scheduleInterview(await staffReq(officer), {
      id: sameJournalist.id,
      start: '2025-10-16T04:00:00.000Z',
      end: '2025-10-16T04:30:00.000Z',
      room: 'Phòng 2',
    })
    assert.equal(later.status, 'scheduled')
  })
})

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

const load = (id: number | string) =>
  payload.findByID({
    collection: 'interview-requests',
    id,
    overrideAccess: true,
    depth: 0,
    showHiddenFields: true,
  })

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  checkNominee,
  hashNomineeSecret,
  linkVerdict,
  looksLikeNomineeSecret,
  newNomineeSecret,
  parseNomineesCsv,
  quotaInUse,
  quotaLimit,
  rolesOverQuota,
  shownState,
} from '~/cms/lib/nominations/nominationRules'
import { isOutletManager } from '~/cms/lib/roles'

describe('an outlet’s quota for an event', () => {
  const outletQuotas = { reporter: 2, photographer: 1, cameraOperator: 0, technician: 0 }
  it('takes the event’s row for the outlet first, then the event’s row for every outlet, then the outlet’s own', () => {
    const rows = [
      { outlet: 7, role: 'reporter', max: 5 },
      { outlet: null, role: 'reporter', max: 3 },
      { outlet: null, role: 'photographer', max: 4 },
    ]
    assert.equal(quotaLimit(rows, 7, outletQuotas, 'reporter'), 5)
    assert.equal(quotaLimit(rows, 8, outletQuotas, 'reporter'), 3)
    assert.equal(quotaLimit(rows, 8, outletQuotas, 'photographer'), 4)
    assert.equal(quotaLimit(rows, 8, outletQuotas, 'camera-operator'), 0)
    assert.equal(quotaLimit([], 8, outletQuotas, 'reporter'), 2)
    assert.equal(
      quotaLimit([{ outlet: { id: 7 }, role: 'reporter', max: 1 }], '7', null, 'reporter'),
      1,
    )
  })

  it('counts only nominees still in the running', () => {
    const used = quotaInUse([
      { role: 'reporter', state: 'invited' },
      { role: 'reporter', state: 'completed' },
      { role: 'reporter', state: 'replaced' },
      { role: 'reporter', state: 'withdrawn' },
      { role: 'photographer', state: 'approved' },
      { role: 'photographer', state: 'rejected' },
    ])
    assert.deepEqual(used, { reporter: 2, photographer: 1, 'camera-operator': 0, technician: 0 })
  })

  it('names the roles a list would take past the quota', () => {
    const inUse = { reporter: 1, photographer: 0, 'camera-operator': 0, technician: 0 }
    const limit = (role: string) => (role === 'reporter' ? 2 : 1)
    assert.deepEqual(rolesOverQuota(inUse, [{ role: 'reporter' }], limit), [])
    assert.deepEqual(
      rolesOverQuota(
        inUse,
        [{ role: 'reporter' }, { role: 'reporter' }, { role: 'photographer' }],
        limit,
      ),
      ['reporter'],
    )
  })
})

describe('a nominee’s personal link', () => {
  const window = {
    opensAt: '2026-12-01T00:00:00Z',
    closesAt: '2026-12-10T00:00:00Z',
    eventState: 'open',
    nominationState: 'submitted',
  }
  const at = new Date('2026-12-05T00:00:00Z')
  it('works once, inside the window, while the nomination and the nominee stand', () => {
    assert.equal(linkVerdict({ ...window, nominee: { state: 'invited' }, at }), 'open')
    assert.equal(linkVerdict({ ...window, nominee: { state: 'completed' }, at }), 'used')
    assert.equal(linkVerdict({ ...window, nominee: { state: 'approved' }, at }), 'used')
    assert.equal(linkVerdict({ ...window, nominee: { state: 'replaced' }, at }), 'replaced')
    assert.equal(linkVerdict({ ...window, nominee: { state: 'withdrawn' }, at }), 'withdrawn')
    assert.equal(
      linkVerdict({ ...window, nominationState: 'withdrawn', nominee: { state: 'invited' }, at }),
      'withdrawn',
    )
    assert.equal(linkVerdict({ ...window, nominee: null, at }), 'unknown')
  })

  it('is refused before the window opens, after it closes and once the event is closed', () => {
    const nominee = { state: 'invited' }
    assert.equal(
      linkVerdict({ ...window, nominee, at: new Date('2026-11-30T23:59:59Z') }),
      'not-yet-open',
    )
    assert.equal(
      linkVerdict({ ...window, nominee, at: new Date('2026-12-10T00:00:00Z') }),
      'window-closed',
    )
    assert.equal(linkVerdict({ ...window, eventState: 'closed', nominee, at }), 'window-closed')
  })

  it('keeps only a hash of the secret, and recognises the secret’s shape', () => {
    const secret = newNomineeSecret()
    assert.equal(looksLikeNomineeSecret(secret), true)
    assert.equal(looksLikeNomineeSecret(`${secret}x`), false)
    assert.equal(looksLikeNomineeSecret('../../etc/passwd'), false)
    assert.match(hashNomineeSecret(secret), /^[0-9a-f]{64}$/)
    assert.notEqual(hashNomineeSecret(secret), hashNomineeSecret(newNomineeSecret()))
  })
})

describe('an outlet’s list of nominees', () => {
  it('reads a spreadsheet’s CSV with a header, a BOM, quotes, Vietnamese roles and semicolons', () => {
    const csv =
      '\uFEFFHọ và tên;Chức danh;Email\r\n"Nguyễn Văn An";Phóng viên;AN@example.vn\r\nLê Thị Bình;quay phim;binh@example.vn\r\n\r\n'
    const parsed = parseNomineesCsv(csv)
    assert.deepEqual(parsed, {
      ok: true,
      nominees: [
        { name: 'Nguyễn Văn An', role: 'reporter', email: 'an@example.vn' },
        { name: 'Lê Thị Bình', role: 'camera-operator', email: 'binh@example.vn' },
      ],
    })
  })

  it('takes nothing from a list with a bad line, and names every bad line', () => {
    const parsed = parseNomineesCsv(
      'Trần Cường,photographer,cuong@example.vn\n=HYPERLINK("x"),reporter,x@example.vn\nDũng,chef,d@example.vn\nHà,reporter,not-an-address\nOnly two,cells',
    )
    assert.equal(parsed.ok, false)
    assert.deepEqual(!parsed.ok && parsed.problems, [
      { line: 2, problem: 'name' },
      { line: 3, problem: 'role' },
      { line: 4, problem: 'email' },
      { line: 5, problem: 'columns' },
    ])
  })

  it('refuses a list longer than the limit', () => {
    const lines = Array.from(
      { length: 5 },
      (_, i) => `Người Số ${'ABCDE'[i]},reporter,p${i}@example.vn`,
    )
    assert.equal(parseNomineesCsv(lines.join('\n'), 4).ok, false)
    assert.equal(parseNomineesCsv(lines.join('\n'), 5).ok, true)
  })

  it('checks a typed nominee by the same rule', () => {
    assert.deepEqual(
      checkNominee({ name: '  Phạm   Thu  ', role: 'technician', email: ' T@X.VN ' }),
      {
        name: 'Phạm Thu',
        role: 'technician',
        email: 't@x.vn',
      },
    )
    assert.deepEqual(checkNominee({ name: 'A', role: 'reporter', email: 'a@b.vn' }), {
      line: 0,
      problem: 'name',
    })
  })
})

describe('what a media manager is shown', () => {
  it('follows the officer’s decision on the nominee’s application', () => {
    assert.equal(shownState({ state: 'completed' }, 'approved'), 'approved')
    assert.equal(shownState({ state: 'completed' }, 'rejected'), 'rejected')
    assert.equal(shownState({ state: 'approved' }, 'in-review'), 'completed')
    assert.equal(shownState({ state: 'replaced' }, 'approved'), 'replaced')
    assert.equal(shownState({ state: 'invited' }, null), 'invited')
  })

  it('counts a manager only when approved, and never a staff or press account', () => {
    assert.equal(isOutletManager({ collection: 'outlet-managers', approved: true }), true)
    assert.equal(isOutletManager({ collection: 'outlet-managers', approved: false }), false)
    assert.equal(isOutletManager({ collection: 'journalists', approved: true }), false)
    assert.equal(isOutletManager(null), false)
  })
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  type EarlierTurn,
  isValidQuota,
  namePoolMembers,
  nextTurn,
  type PoolCandidate,
  poolAdditionProblem,
} from '~/cms/lib/pool/rotation'
import { poolTurnEmail } from '~/cms/lib/pool/poolTurnEmail'

/** N outlets, each with `perOutlet` reporters and one photographer. */
function press(outlets: number, perOutlet = 1): PoolCandidate[] {
  const list: PoolCandidate[] = []
  for (let o = 1; o <= outlets; o++) {
    for (let p = 1; p <= perOutlet; p++)
      list.push({ pass: `${o * 100 + p}`, outlet: `${o}`, role: 'reporter' })
    list.push({ pass: `${o * 100 + 99}`, outlet: `${o}`, role: 'photographer' })
  }
  return list
}

/** Names the pools of `sessions` sessions in order, each seeing the turns of the ones before. */
function rotate(
  candidates: PoolCandidate[],
  quotas: { reporter?: number; photographer?: number },
  sessions: number,
) {
  const history: EarlierTurn[] = []
  const pools = []
  for (let s = 0; s < sessions; s++) {
    const at = `2026-12-1${s}T01:00:00.000Z`
    const pool = namePoolMembers({ candidates, quotas, history, at })
    pools.push(pool)
    history.push(...pool.map((pick) => ({ outlet: pick.outlet, pass: pick.pass, at })))
  }
  return pools
}

describe('the press pool rotation', () => {
  it('gives every outlet a turn before any outlet gets a second, over several sessions', () => {
    const shapes: [number, number][] = [
      [7, 3],
      [5, 2],
      [10, 4],
      [6, 6],
    ]
    for (const [outlets, places] of shapes) {
      const pools = rotate(press(outlets, 2), { reporter: places }, 8)
      const turns = new Map<string, number>()
      for (const pool of pools) {
        assert.equal(pool.length, places)
        for (const pick of pool) {
          turns.set(pick.outlet, (turns.get(pick.outlet) ?? 0) + 1)
          const counts = Array.from({ length: outlets }, (_, i) => turns.get(`${i + 1}`) ?? 0)
          // At every moment no outlet is more than one turn ahead of any other.
          assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `${outlets}×${places}`)
        }
      }
    }
  })

  it('is the same pool on every run (no chance), and numbers each outlet’s turns', () => {
    const first = rotate(press(5), { reporter: 2, photographer: 1 }, 3)
    const again = rotate(press(5), { reporter: 2, photographer: 1 }, 3)
    assert.deepEqual(first, again)
    assert.deepEqual(
      first[0]!.map((p) => [p.outlet, p.role, p.turn]),
      [
        ['1', 'reporter', 1],
        ['2', 'reporter', 1],
        ['3', 'photographer', 1],
      ],
    )
    // Outlets 4 and 5 have had no turn: they go first next time, then outlet 1 (oldest, smallest).
    assert.deepEqual(
      first[1]!.map((p) => [p.outlet, p.turn]),
      [
        ['4', 1],
        ['5', 1],
        ['1', 2],
      ],
    )
  })

  it('breaks a tie by the older last turn before the outlet id', () => {
    const candidates = press(3)
    const history: EarlierTurn[] = [
      { outlet: '1', pass: '101', at: '2026-12-10T02:00:00.000Z' },
      { outlet: '2', pass: '201', at: '2026-12-10T01:00:00.000Z' },
    ]
    const pool = namePoolMembers({
      candidates,
      quotas: { reporter: 2 },
      history,
      at: '2026-12-11T01:00:00.000Z',
    })
    assert.deepEqual(
      pool.map((p) => p.outlet),
      ['3', '2'],
    )
  })

  it('takes one person per outlet per role, and a second only when no other outlet is left', () => {
    const candidates = press(2, 3)
    const pool = namePoolMembers({
      candidates,
      quotas: { reporter: 5 },
      history: [],
      at: '2026-12-10T01:00:00.000Z',
    })
    assert.deepEqual(
      pool.map((p) => p.outlet),
      ['1', '2', '1', '2', '1'],
    )
    assert.equal(new Set(pool.map((p) => p.pass)).size, 5)
  })

  it('fills what it can when there are fewer people than places, and nothing for a zero quota', () => {
    const pool = namePoolMembers({
      candidates: press(2),
      quotas: { reporter: 0, photographer: 9, technician: 3 },
      history: [],
      at: '2026-12-10T01:00:00.000Z',
    })
    assert.deepEqual(
      pool.map((p) => [p.role, p.outlet]),
      [
        ['photographer', '1'],
        ['photographer', '2'],
      ],
    )
  })

  it('rotates the people within an outlet too', () => {
    const pools = rotate(press(1, 3), { reporter: 1 }, 3)
    assert.deepEqual(
      pools.map((pool) => pool[0]!.pass),
      ['101', '102', '103'],
    )
  })
})

describe('adding a pool member by hand', () => {
  const candidates = press(3, 2)
  const member = (pass: string, outlet: string) => ({ pass, outlet, role: 'reporter' as const })

  it('keeps the quota, one place per pass, and one per outlet while others wait', () => {
    const quotas = { reporter: 2 }
    const candidate = { pass: '102', outlet: '1', role: 'reporter' as const }
    assert.equal(
      poolAdditionProblem({ candidate, members: [member('102', '1')], candidates, quotas }),
      'already-member',
    )
    assert.equal(
      poolAdditionProblem({
        candidate,
        members: [member('201', '2'), member('301', '3')],
        candidates,
        quotas,
      }),
      'quota-full',
    )
    assert.equal(
      poolAdditionProblem({ candidate, members: [member('101', '1')], candidates, quotas }),
      'outlet-has-place',
    )
    assert.equal(
      poolAdditionProblem({
        candidate,
        members: [member('101', '1'), member('201', '2'), member('301', '3')],
        candidates,
        quotas: { reporter: 4 },
      }),
      null,
    )
  })

  it('counts the next turn of an outlet and checks quotas are whole numbers ≥ 0', () => {
    assert.equal(nextTurn([{ outlet: '1', pass: '101', at: 'x' }], '1'), 2)
    assert.equal(nextTurn([], '1'), 1)
    for (const ok of [0, 3, '2', null, undefined]) assert.ok(isValidQuota(ok), String(ok))
    for (const bad of [-1, 1.5, 'ba', Number.NaN, 501, ' '])
      assert.ok(!isValidQuota(bad), String(bad))
  })
})

describe('the pool-turn e-mail', () => {
  const data = {
    fullName: 'Trần Thị Bích Ngọc',
    passNumber: 'HB-0001',
    eventName: 'Họp báo định kỳ',
    sessionTitle: 'Phỏng vấn nhóm',
    startsAt: '2026-12-02T07:00:00.000Z',
    venue: 'Phòng họp báo số 2',
    role: 'photographer' as const,
    statusUrl: 'https://baochi.example.vn/accreditation/status/abc.def/pass',
  }

  it('names the session, its Vietnam time, venue and role, in the journalist’s language', () => {
    const vi = poolTurnEmail('vi', data)
    assert.equal(vi.subject, 'Lượt nhóm đại diện: Phỏng vấn nhóm')
    assert.match(vi.text, /Thời gian: 02\/12\/2026 14:00/)
    assert.match(vi.text, /Địa điểm: Phòng họp báo số 2/)
    assert.match(vi.text, /Vai trò: Phóng viên ảnh/)
    assert.match(
      vi.html,
      /<a href="https:\/\/baochi\.example\.vn\/accreditation\/status\/abc\.def\/pass"/,
    )
    const en = poolTurnEmail('en', { ...data, venue: '' })
    assert.equal(en.subject, 'Pool turn: Phỏng vấn nhóm')
    assert.match(en.text, /Time: 02\/12\/2026 14:00\nVenue: —\nRole: Photographer/)
  })
})

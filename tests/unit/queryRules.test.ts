import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isEmailShaped, isPlausibleId, listQueryProblem } from '~/cms/lib/queryRules'
import { isRealDate } from '~/cms/lib/time'

const fields = new Set(['id', 'title', 'publishedAt', 'outlet'])

describe('REST list queries', () => {
  it('accept what the admin and API clients send', () => {
    for (const query of [
      {},
      { limit: '10', page: '2', sort: '-publishedAt', depth: '1' },
      { limit: '0' },
      { sort: 'title,-id' },
      { sort: 'outlet.name' },
      { depth: 2, limit: 10, page: 1 },
    ]) {
      assert.equal(listQueryProblem(query, fields), null, JSON.stringify(query))
    }
  })

  it('refuse limits, pages, depths and sorts that mean nothing, saying what is wrong', () => {
    assert.match(listQueryProblem({ limit: '-5' }, fields)!, /limit/)
    assert.match(listQueryProblem({ limit: '100000' }, fields)!, /limit/)
    assert.match(listQueryProblem({ page: 'abc' }, fields)!, /page/)
    assert.match(listQueryProblem({ page: '0' }, fields)!, /page/)
    assert.match(listQueryProblem({ depth: 'deep' }, fields)!, /depth/)
    assert.match(listQueryProblem({ sort: ';DROP TABLE news' }, fields)!, /cannot sort/)
    assert.match(listQueryProblem({ sort: 'nonexistent' }, fields)!, /cannot sort by "nonexistent"/)
    assert.match(listQueryProblem({ limit: ['1', '2'] }, fields)!, /limit/)
  })

  it('know which ids can exist in SQLite and MongoDB', () => {
    assert.ok(isPlausibleId('42', 'number'))
    assert.ok(isPlausibleId(42, 'number'))
    for (const id of ['abc', '0', '-1', '9'.repeat(16), '1e3', ''])
      assert.ok(!isPlausibleId(id, 'number'), id)
    assert.ok(isPlausibleId('65a1f0c2e4b0a1b2c3d4e5f6', 'text'))
    assert.ok(!isPlausibleId('42', 'text'))
  })

  it('recognise e-mail-shaped input and real dates', () => {
    assert.ok(isEmailShaped('ngoc@baocamau.vn'))
    for (const bad of ['nope', 'a@b', '@b.vn', `${'a'.repeat(250)}@b.vn`, 42])
      assert.ok(!isEmailShaped(bad), String(bad))
    assert.ok(isRealDate('2025-10-16'))
    for (const bad of ['2025-13-40', '2025-02-30', '2025-1-1', 'today'])
      assert.ok(!isRealDate(bad), bad)
  })
})

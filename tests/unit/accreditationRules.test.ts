import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import {
  applicantSeesFiles,
  checkTransition,
  isOpen,
  mayAnswer,
  mayWithdraw,
  needsReason,
  OPEN_STATUSES,
  STATUSES,
} from '~/cms/lib/accreditation/statusFlow'

describe('what the applicant may do', () => {
  it('withdraws until the request is rejected or already withdrawn, approved included', () => {
    assert.deepEqual(
      STATUSES.filter((status) => mayWithdraw(status)),
      ['submitted', 'in-review', 'needs-information', 'approved', 'waitlisted'],
    )
  })

  it('withdraws exactly where the status flow lets the applicant move to "withdrawn"', () => {
    for (const from of STATUSES)
      assert.equal(
        mayWithdraw(from),
        from !== 'withdrawn' && checkTransition({ from, to: 'withdrawn', actor: 'applicant' }).ok,
        from,
      )
  })

  it('answers only a request for information', () => {
    assert.deepEqual(
      STATUSES.filter((status) => mayAnswer(status)),
      ['needs-information'],
    )
  })

  it('sees their portrait and letter through the status link until they withdraw', () => {
    assert.deepEqual(
      STATUSES.filter((status) => !applicantSeesFiles(status)),
      ['withdrawn'],
    )
  })
})

describe('open statuses', () => {
  it('are the ones still to be decided, one list for the flow and the vetting export', () => {
    assert.deepEqual(
      [...OPEN_STATUSES],
      ['submitted', 'in-review', 'needs-information', 'waitlisted'],
    )
    assert.deepEqual(STATUSES.filter(isOpen), [...OPEN_STATUSES])
  })
})

describe('decisions that need a reason and a message', () => {
  it('are a rejection and a request for information, and nothing else', () => {
    assert.deepEqual(
      STATUSES.filter((status) => needsReason(status)),
      ['needs-information', 'rejected'],
    )
    assert.equal(needsReason('made-up'), false)
  })

  it('are refused by the flow without both, whatever an earlier decision said', () => {
    for (const to of STATUSES.filter((status) => needsReason(status))) {
      assert.deepEqual(checkTransition({ from: 'in-review', to, actor: 'staff' }), {
        ok: false,
        error: 'reason-required',
      })
      assert.deepEqual(
        checkTransition({ from: 'in-review', to, actor: 'staff', reasonCode: 'other' }),
        { ok: false, error: 'message-required' },
      )
      assert.equal(
        checkTransition({
          from: 'in-review',
          to,
          actor: 'staff',
          reasonCode: 'other',
          message: 'Vì sao.',
        }).ok,
        true,
      )
    }
  })
})

describe('the outlet’s display name', () => {
  it('is the listed outlet’s name', () => {
    assert.equal(
      outletDisplayName({ outlet: { name: 'Báo Cà Mau' }, outletOther: 'ignored' }),
      'Báo Cà Mau',
    )
  })

  it('marks an outlet the applicant typed as "other", in the reader’s language', () => {
    assert.equal(
      outletDisplayName({ outlet: null, outletOther: ' Tạp chí Mới ' }),
      'Khác: Tạp chí Mới',
    )
    assert.equal(
      outletDisplayName({ outlet: null, outletOther: 'New Weekly' }, 'en'),
      'Other: New Weekly',
    )
  })

  it('does not pass off an unpopulated outlet id as a name, and is empty when there is nothing', () => {
    assert.equal(outletDisplayName({ outlet: 7, outletOther: null }), '')
    assert.equal(outletDisplayName({ outlet: 7, outletOther: 'Báo Gõ Tay' }), 'Khác: Báo Gõ Tay')
    assert.equal(outletDisplayName({}), '')
  })
})

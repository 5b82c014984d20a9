import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  checkTransition,
  decisionNote,
  isOpen,
  nextStatuses,
  STATUSES,
} from '~/cms/lib/accreditation/statusFlow'

describe('accreditation status flow', () => {
  it('lets staff review, ask for information and decide', () => {
    assert.deepEqual(checkTransition({ from: 'submitted', to: 'in-review', actor: 'staff' }), {
      ok: true,
      to: 'in-review',
    })
    assert.deepEqual(checkTransition({ from: 'in-review', to: 'approved', actor: 'staff' }), {
      ok: true,
      to: 'approved',
    })
    assert.deepEqual(
      checkTransition({
        from: 'in-review',
        to: 'needs-information',
        actor: 'staff',
        reasonCode: 'photo-unsuitable',
        message: 'Ảnh bị mờ, vui lòng gửi lại.',
      }),
      { ok: true, to: 'needs-information' },
    )
  })

  it('demands a reason code and a message for a rejection or a request for information', () => {
    assert.deepEqual(checkTransition({ from: 'in-review', to: 'rejected', actor: 'staff' }), {
      ok: false,
      error: 'reason-required',
    })
    assert.deepEqual(
      checkTransition({ from: 'in-review', to: 'rejected', actor: 'staff', reasonCode: 'made-up' }),
      { ok: false, error: 'reason-required' },
    )
    assert.deepEqual(
      checkTransition({
        from: 'in-review',
        to: 'rejected',
        actor: 'staff',
        reasonCode: 'other',
        message: '  ',
      }),
      { ok: false, error: 'message-required' },
    )
  })

  it('lets the applicant only answer a request for information or withdraw', () => {
    assert.deepEqual(
      checkTransition({ from: 'needs-information', to: 'in-review', actor: 'applicant' }),
      { ok: true, to: 'in-review' },
    )
    assert.deepEqual(checkTransition({ from: 'submitted', to: 'withdrawn', actor: 'applicant' }), {
      ok: true,
      to: 'withdrawn',
    })
    assert.deepEqual(checkTransition({ from: 'submitted', to: 'approved', actor: 'applicant' }), {
      ok: false,
      error: 'not-allowed',
    })
    assert.deepEqual(checkTransition({ from: 'in-review', to: 'in-review', actor: 'applicant' }), {
      ok: true,
      to: 'in-review',
    })
  })

  it('never leaves withdrawn, and refuses statuses that do not exist', () => {
    for (const to of STATUSES) {
      if (to === 'withdrawn') continue
      assert.equal(
        checkTransition({
          from: 'withdrawn',
          to,
          actor: 'staff',
          reasonCode: 'other',
          message: 'x',
        }).ok,
        false,
        to,
      )
    }
    assert.deepEqual(checkTransition({ from: 'submitted', to: 'accepted', actor: 'staff' }), {
      ok: false,
      error: 'not-a-status',
    })
  })

  it('lets staff reopen a decision but not jump from rejected to approved', () => {
    assert.equal(checkTransition({ from: 'rejected', to: 'in-review', actor: 'staff' }).ok, true)
    assert.equal(checkTransition({ from: 'rejected', to: 'approved', actor: 'staff' }).ok, false)
    assert.deepEqual(nextStatuses('approved', 'staff'), ['in-review'])
  })

  it('knows which requests are still open', () => {
    assert.deepEqual(STATUSES.filter(isOpen), [
      'submitted',
      'in-review',
      'needs-information',
      'waitlisted',
    ])
  })

  it('refuses a decision whose message is the earlier decision’s, still on the form', () => {
    const previous = { reasonCode: 'photo-unsuitable', message: 'Ảnh mờ, gửi lại.' }
    const change = { from: 'needs-information', to: 'rejected', actor: 'staff' } as const
    assert.deepEqual(
      checkTransition({
        ...change,
        reasonCode: 'photo-unsuitable',
        message: ' Ảnh mờ, gửi lại. ',
        previous,
      }),
      { ok: false, error: 'message-required' },
    )
    assert.deepEqual(
      checkTransition({
        ...change,
        reasonCode: 'photo-unsuitable',
        message: 'Ảnh vẫn mờ.',
        previous,
      }),
      { ok: true, to: 'rejected' },
    )
    // An approval needs neither, whatever is left on the form.
    assert.equal(checkTransition({ ...change, to: 'approved', ...previous, previous }).ok, true)
  })

  it('gives a decision only its own reason and message, and none to one that needs none', () => {
    const given = { reasonCode: 'photo-unsuitable', message: ' Ảnh mờ. ' }
    assert.deepEqual(decisionNote('needs-information', given), {
      reasonCode: 'photo-unsuitable',
      message: 'Ảnh mờ.',
    })
    for (const status of ['approved', 'in-review', 'withdrawn', 'waitlisted', 'submitted'])
      assert.deepEqual(decisionNote(status, given), { reasonCode: null, message: null }, status)
    assert.deepEqual(decisionNote('rejected', {}), { reasonCode: null, message: null })
  })
})

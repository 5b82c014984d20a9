import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { LIVE_REFUSALS, liveRefusalMessage } from '~/cms/lib/live/liveRefusals'
import {
  checkCorrection,
  checkDeletion,
  checkNewUpdate,
  checkPin,
  closeCoverage,
  LIVE_LIMITS,
  openCoverage,
} from '~/cms/lib/live/liveRules'

const text = (value: string) => ({ hasPhoto: false, text: value })

describe('live coverage of a session', () => {
  it('opens coverage that is not live yet or has ended, and never twice', () => {
    assert.deepEqual(openCoverage('none'), { ok: true, value: 'live' })
    assert.deepEqual(openCoverage(undefined), { ok: true, value: 'live' })
    assert.deepEqual(openCoverage('ended'), { ok: true, value: 'live' })
    assert.deepEqual(openCoverage('live'), { ok: false, code: 'already-live' })
  })

  it('closes only coverage that is live', () => {
    assert.deepEqual(closeCoverage('live'), { ok: true, value: 'ended' })
    assert.deepEqual(closeCoverage('none'), { ok: false, code: 'not-live' })
    assert.deepEqual(closeCoverage('ended'), { ok: false, code: 'not-live' })
  })
})

describe('posting a live update', () => {
  it('takes a text update on a live session, trimmed, with nothing its kind does not carry', () => {
    const verdict = checkNewUpdate('live', {
      ...text('  Đại hội khai mạc.\r\n'),
      credit: 'ignored',
      speaker: 'ignored',
    })
    assert.deepEqual(verdict, {
      ok: true,
      value: {
        kind: 'text',
        text: 'Đại hội khai mạc.',
        credit: null,
        speaker: null,
        pinned: false,
      },
    })
  })

  it('refuses any post when the session is not live', () => {
    assert.deepEqual(checkNewUpdate('none', text('x')), { ok: false, code: 'not-live' })
    assert.deepEqual(checkNewUpdate('ended', text('x')), { ok: false, code: 'not-live' })
  })

  it('refuses empty or too long text and unknown kinds', () => {
    assert.deepEqual(checkNewUpdate('live', text('   ')), { ok: false, code: 'empty-text' })
    assert.deepEqual(checkNewUpdate('live', text('a'.repeat(LIVE_LIMITS.text + 1))), {
      ok: false,
      code: 'text-too-long',
    })
    assert.equal(checkNewUpdate('live', text('a'.repeat(LIVE_LIMITS.text))).ok, true)
    assert.deepEqual(checkNewUpdate('live', { ...text('x'), kind: 'video' }), {
      ok: false,
      code: 'bad-kind',
    })
  })

  it('asks a quote for its speaker and a photo for its image and credit', () => {
    assert.deepEqual(checkNewUpdate('live', { ...text('“…”'), kind: 'quote' }), {
      ok: false,
      code: 'speaker-missing',
    })
    const quote = checkNewUpdate('live', { ...text('“…”'), kind: 'quote', speaker: ' Ông A ' })
    assert.equal(quote.ok && quote.value.speaker, 'Ông A')
    assert.deepEqual(checkNewUpdate('live', { ...text('x'), kind: 'photo' }), {
      ok: false,
      code: 'photo-missing',
    })
    assert.deepEqual(checkNewUpdate('live', { text: 'x', hasPhoto: true }), {
      ok: false,
      code: 'credit-missing',
    })
  })

  it('makes any update that carries a photo a photo update with its credit', () => {
    const verdict = checkNewUpdate('live', {
      text: 'Toàn cảnh hội trường',
      kind: 'text',
      credit: 'Ảnh: TTXVN',
      hasPhoto: true,
      pinned: true,
    })
    assert.deepEqual(verdict, {
      ok: true,
      value: {
        kind: 'photo',
        text: 'Toàn cảnh hội trường',
        credit: 'Ảnh: TTXVN',
        speaker: null,
        pinned: true,
      },
    })
  })
})

describe('changing a posted update', () => {
  const posted = { state: 'published' as const, text: 'Có 300 đại biểu.' }

  it('corrects with new text and a note, and marks it corrected', () => {
    assert.deepEqual(
      checkCorrection(posted, { text: 'Có 350 đại biểu.', correction: 'Số đại biểu' }),
      {
        ok: true,
        value: { text: 'Có 350 đại biểu.', correction: 'Số đại biểu', state: 'corrected' },
      },
    )
  })

  it('refuses a correction without a note, with the same text, or of a removed update', () => {
    assert.deepEqual(checkCorrection(posted, { text: 'Có 350 đại biểu.' }), {
      ok: false,
      code: 'correction-missing',
    })
    assert.deepEqual(checkCorrection(posted, { text: ' Có 300 đại biểu. ', correction: 'x' }), {
      ok: false,
      code: 'unchanged',
    })
    assert.deepEqual(
      checkCorrection({ ...posted, state: 'deleted' }, { text: 'y', correction: 'x' }),
      {
        ok: false,
        code: 'deleted',
      },
    )
  })

  it('removes an update once, and pins only what is not removed', () => {
    assert.deepEqual(checkDeletion(posted), { ok: true, value: 'deleted' })
    assert.deepEqual(checkDeletion({ state: 'deleted' }), { ok: false, code: 'already-deleted' })
    assert.deepEqual(checkPin(posted, true), { ok: true, value: { pinned: true, changed: true } })
    assert.deepEqual(checkPin({ ...posted, pinned: true }, true), {
      ok: true,
      value: { pinned: true, changed: false },
    })
    assert.deepEqual(checkPin({ state: 'deleted' }, true), { ok: false, code: 'deleted' })
  })

  it('has a 4xx and a sentence in both languages for every refusal', () => {
    for (const [code, refusal] of Object.entries(LIVE_REFUSALS)) {
      assert.ok(refusal.status >= 400 && refusal.status < 500, code)
      assert.ok(refusal.vi && refusal.en && refusal.vi !== refusal.en, code)
    }
    assert.equal(liveRefusalMessage('not-live', 'en'), LIVE_REFUSALS['not-live'].en)
    assert.equal(liveRefusalMessage('not-live', undefined), LIVE_REFUSALS['not-live'].vi)
  })
})

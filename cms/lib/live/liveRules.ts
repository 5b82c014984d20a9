import type { LiveState, UpdateKind, UpdateState } from './liveStates'
import { UPDATE_KINDS } from './liveStates'

/** Limits of one update: short enough to read on a phone, the same in every door (admin, phone, REST). */
export const LIVE_LIMITS = { text: 2000, correction: 500, credit: 200, speaker: 200 } as const

/** Why a live-coverage action is refused; each code has one sentence in each language (liveRefusals.ts). */
export type LiveRefusalCode =
  | 'not-allowed'
  | 'session-not-found'
  | 'update-not-found'
  | 'already-live'
  | 'not-live'
  | 'empty-text'
  | 'text-too-long'
  | 'bad-kind'
  | 'photo-missing'
  | 'credit-missing'
  | 'credit-too-long'
  | 'speaker-missing'
  | 'speaker-too-long'
  | 'not-an-image'
  | 'image-too-large'
  | 'correction-missing'
  | 'correction-too-long'
  | 'unchanged'
  | 'deleted'
  | 'already-deleted'
  | 'fixed-after-posting'
  | 'session-missing'
  | 'one-at-a-time'

type Verdict<T> = { ok: true; value: T } | { ok: false; code: LiveRefusalCode }
const refuse = (code: LiveRefusalCode) => ({ ok: false as const, code })

/** Opening a session's coverage: from "not yet" or "ended" (coverage resumes after a break). */
export function openCoverage(state: LiveState | null | undefined): Verdict<'live'> {
  return state === 'live' ? refuse('already-live') : { ok: true, value: 'live' }
}

/** Closing it: only coverage that is live. The page stays, with its updates. */
export function closeCoverage(state: LiveState | null | undefined): Verdict<'ended'> {
  return state === 'live' ? { ok: true, value: 'ended' } : refuse('not-live')
}

/** What an editor sends for a new update, before the rules. */
export type DraftUpdate = {
  kind?: string | null
  text?: string | null
  credit?: string | null
  speaker?: string | null
  pinned?: boolean | null
  hasPhoto: boolean
}

/** A new update as it is stored: trimmed text, only the fields its kind carries. */
export type CheckedUpdate = {
  kind: UpdateKind
  text: string
  credit: string | null
  speaker: string | null
  pinned: boolean
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/\r\n?/g, '\n').trim()

/**
 * A new update's rules: coverage must be live; text always (a photo's caption, a quote's words);
 * a photo needs its image and a credit, a quote its speaker. A photo sent with another kind makes
 * it a photo update (the phone form's kind switch has no "photo": taking one says it).
 */
export function checkNewUpdate(
  liveState: LiveState | null | undefined,
  draft: DraftUpdate,
): Verdict<CheckedUpdate> {
  if (liveState !== 'live') return refuse('not-live')
  const requested = draft.kind || 'text'
  if (!(UPDATE_KINDS as readonly string[]).includes(requested)) return refuse('bad-kind')
  const kind: UpdateKind = draft.hasPhoto ? 'photo' : (requested as UpdateKind)
  const text = clean(draft.text)
  if (!text) return refuse('empty-text')
  if (text.length > LIVE_LIMITS.text) return refuse('text-too-long')
  const credit = clean(draft.credit)
  const speaker = clean(draft.speaker)
  if (kind === 'photo') {
    if (!draft.hasPhoto) return refuse('photo-missing')
    if (!credit) return refuse('credit-missing')
    if (credit.length > LIVE_LIMITS.credit) return refuse('credit-too-long')
  }
  if (kind === 'quote') {
    if (!speaker) return refuse('speaker-missing')
    if (speaker.length > LIVE_LIMITS.speaker) return refuse('speaker-too-long')
  }
  return {
    ok: true,
    value: {
      kind,
      text,
      credit: kind === 'photo' ? credit : null,
      speaker: kind === 'quote' ? speaker : null,
      pinned: Boolean(draft.pinned),
    },
  }
}

/**
 * A correction: new text and a note saying what changed, shown to readers as a correction (never
 * a silent edit). Allowed after the coverage ended too; never on a removed update.
 */
export function checkCorrection(
  update: { state?: UpdateState | null; text?: string | null },
  input: { text?: string | null; correction?: string | null },
): Verdict<{ text: string; correction: string; state: 'corrected' }> {
  if (update.state === 'deleted') return refuse('deleted')
  const text = clean(input.text)
  const correction = clean(input.correction)
  if (!text) return refuse('empty-text')
  if (text.length > LIVE_LIMITS.text) return refuse('text-too-long')
  if (text === clean(update.text)) return refuse('unchanged')
  if (!correction) return refuse('correction-missing')
  if (correction.length > LIVE_LIMITS.correction) return refuse('correction-too-long')
  return { ok: true, value: { text, correction, state: 'corrected' } }
}

/** A removal: the text stays for the record; readers see "removed at HH:mm". Once only. */
export function checkDeletion(update: { state?: UpdateState | null }): Verdict<'deleted'> {
  return update.state === 'deleted' ? refuse('already-deleted') : { ok: true, value: 'deleted' }
}

/** Pinning or unpinning: not on a removed update; setting what is already set changes nothing. */
export function checkPin(
  update: { state?: UpdateState | null; pinned?: boolean | null },
  pinned: boolean,
): Verdict<{ pinned: boolean; changed: boolean }> {
  if (update.state === 'deleted') return refuse('deleted')
  return { ok: true, value: { pinned, changed: Boolean(update.pinned) !== pinned } }
}

/** The name of the counter every change of every live update takes its `seq` from. */
export const LIVE_SEQ_COUNTER = 'live-updates' as const

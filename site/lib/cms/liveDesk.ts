import { APIError, createLocalReq } from 'payload'

import { latestUpdates } from '~/cms/live/latestUpdates'
import { correctLiveUpdate } from '~/cms/live/operations/correctLiveUpdate'
import { deleteLiveUpdate } from '~/cms/live/operations/deleteLiveUpdate'
import { pinLiveUpdate } from '~/cms/live/operations/pinLiveUpdate'
import { postLiveUpdate } from '~/cms/live/operations/postLiveUpdate'
import type { LiveState, UpdateKind, UpdateState } from '~/cms/lib/live/liveStates'
import type { Media, User } from '~/cms/payload-types'
import { payloadClient } from './payload'

/** One update as the editor's phone lists it. */
export type DeskUpdate = {
  id: number
  seq: number
  kind: UpdateKind
  text: string
  speaker: string | null
  credit: string | null
  photo: string | null
  pinned: boolean
  state: UpdateState
  correction: string | null
  postedAt: string
  changedAt: string
}
export type LiveDesk = {
  session: { id: number; title: string; liveState: LiveState }
  updates: DeskUpdate[]
}
export type DeskOutcome = { ok: true; seq: number } | { ok: false; status: number; message: string }

const asStaff = async (staff: User, locale: 'vi' | 'en') => {
  const req = await createLocalReq({ user: staff }, await payloadClient())
  req.i18n = { ...req.i18n, language: locale } as typeof req.i18n
  return req
}

/** The web size of an update's photo, as the site's /media/ route serves it. */
const photoOf = (photo: unknown): string | null => {
  const media = photo && typeof photo === 'object' ? (photo as Media) : null
  const file = media?.sizes?.thumbnail?.filename
  return file ? `/media/${file}` : null
}

/** The session and its latest updates, for a signed-in editor; null when there is no such session. */
export async function openLiveDesk(
  staff: User,
  sessionId: number,
  locale: 'vi' | 'en',
): Promise<LiveDesk | null> {
  const req = await asStaff(staff, locale)
  const session = await req.payload
    .findByID({ collection: 'sessions', id: sessionId, depth: 0, locale, req })
    .catch(() => null)
  if (!session) return null
  const updates = await latestUpdates(req, { session: session.id })
  return {
    session: {
      id: session.id,
      title: session.title,
      liveState: (session.liveState ?? 'none') as LiveState,
    },
    updates: updates.map((update) => ({
      id: update.id,
      seq: update.seq ?? 0,
      kind: update.kind,
      text: update.text ?? '',
      speaker: update.speaker ?? null,
      credit: update.credit ?? null,
      photo: photoOf(update.photo),
      pinned: Boolean(update.pinned),
      state: update.state,
      correction: update.correction ?? null,
      postedAt: update.postedAt ?? update.createdAt,
      changedAt: update.changedAt ?? update.updatedAt,
    })),
  }
}

async function refusable(work: () => Promise<{ seq?: number | null }>): Promise<DeskOutcome> {
  try {
    return { ok: true, seq: (await work()).seq ?? 0 }
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500)
      return { ok: false, status: error.status, message: error.message }
    throw error
  }
}

/** What the phone's form sends for a new update. */
export type PhonePost = {
  session: number
  kind: string
  text: string
  speaker: string
  credit: string
  pinned: boolean
  photo: File | null
}

/** Posts from the phone through postLiveUpdate: a 4xx and one sentence for any refusal. */
export async function postFromPhone(
  staff: User,
  post: PhonePost,
  locale: 'vi' | 'en',
): Promise<DeskOutcome> {
  const bytes =
    post.photo && post.photo.size > 0 ? Buffer.from(await post.photo.arrayBuffer()) : null
  return refusable(async () =>
    postLiveUpdate(await asStaff(staff, locale), {
      session: post.session,
      kind: post.kind,
      text: post.text,
      speaker: post.speaker,
      credit: post.credit,
      pinned: post.pinned,
      language: locale,
      upload: bytes ? { data: bytes, name: post.photo?.name } : null,
    }),
  )
}

export type PhoneChange =
  | { action: 'correct'; update: number; text: string; correction: string }
  | { action: 'delete' | 'pin' | 'unpin'; update: number }

/** Corrects, removes, pins or unpins from the phone, each through its operation. */
export async function changeFromPhone(
  staff: User,
  change: PhoneChange,
  locale: 'vi' | 'en',
): Promise<DeskOutcome> {
  return refusable(async () => {
    const req = await asStaff(staff, locale)
    if (change.action === 'correct')
      return correctLiveUpdate(req, {
        update: change.update,
        text: change.text,
        correction: change.correction,
      })
    if (change.action === 'delete') return deleteLiveUpdate(req, { update: change.update })
    return pinLiveUpdate(req, { update: change.update, pinned: change.action === 'pin' })
  })
}

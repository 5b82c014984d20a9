import type { UpdateKind, UpdateState } from '~/cms/lib/live/liveStates'
import type { Picture } from '../cms/images'

/**
 * One live update as readers see it (site/lib/cms/live.ts maps the documents). A deleted update
 * carries no words, picture, credit or speaker: only that it was there, and when it went.
 */
export type LiveUpdateView = {
  id: string
  session: string
  /** The change number of its latest change: the stream's event id. */
  seq: number
  kind: UpdateKind
  state: UpdateState
  text: string
  picture: Picture | null
  credit: string
  speaker: string
  pinned: boolean
  language: 'vi' | 'en'
  correction: string
  postedAt: string
  changedAt: string | null
}

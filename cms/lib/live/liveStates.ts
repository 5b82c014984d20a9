/** Whether a session is covered live: not yet (or never), live now, or over (the page stays). */
export const LIVE_STATES = ['none', 'live', 'ended'] as const
export type LiveState = (typeof LIVE_STATES)[number]

/** What one live update carries. */
export const UPDATE_KINDS = ['text', 'photo', 'quote', 'key-point'] as const
export type UpdateKind = (typeof UPDATE_KINDS)[number]

/** An update as readers see it: as posted, corrected (shown as such), or deleted (shown as such). */
export const UPDATE_STATES = ['published', 'corrected', 'deleted'] as const
export type UpdateState = (typeof UPDATE_STATES)[number]

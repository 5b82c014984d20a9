import type { Field } from 'payload'

import { LIVE_STATES } from '~/cms/lib/live/liveStates'

const LIVE_LABELS = {
  none: { vi: 'Không tường thuật', en: 'Not live' },
  live: { vi: 'Đang tường thuật trực tiếp', en: 'Live now' },
  ended: { vi: 'Đã kết thúc tường thuật', en: 'Live coverage ended' },
}
const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}
/** Only the live operations (overrideAccess) move a session's coverage: never a form's field. */
const byOperationOnly = () => false

/**
 * A session's live coverage: its state (moved only by openLiveCoverage / closeLiveCoverage, from
 * the buttons), when it opened and closed, and its updates, newest first.
 */
export const liveCoverageFields: Field[] = [
  {
    name: 'liveState',
    type: 'select',
    defaultValue: 'none',
    index: true,
    options: LIVE_STATES.map((value) => ({ value, label: LIVE_LABELS[value] })),
    label: { vi: 'Tường thuật trực tiếp', en: 'Live coverage' },
    access: { create: byOperationOnly, update: byOperationOnly },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'liveCoverage',
    type: 'ui',
    label: { vi: 'Tường thuật trực tiếp', en: 'Live coverage' },
    admin: {
      position: 'sidebar',
      components: { Field: '/components/LiveCoverageButton#LiveCoverageButton' },
    },
  },
  {
    name: 'liveOpenedAt',
    type: 'date',
    access: { create: byOperationOnly, update: byOperationOnly },
    admin: { ...dateTime, readOnly: true, position: 'sidebar' },
    label: { vi: 'Bắt đầu tường thuật', en: 'Live coverage opened' },
  },
  {
    name: 'liveClosedAt',
    type: 'date',
    access: { create: byOperationOnly, update: byOperationOnly },
    admin: { ...dateTime, readOnly: true, position: 'sidebar' },
    label: { vi: 'Kết thúc tường thuật', en: 'Live coverage closed' },
  },
  {
    // Virtual: read from live-updates.session, no column.
    name: 'liveUpdates',
    type: 'join',
    collection: 'live-updates',
    on: 'session',
    defaultSort: '-seq',
    defaultLimit: 20,
    label: { vi: 'Cập nhật trực tiếp (mới nhất trước)', en: 'Live updates (newest first)' },
    admin: {
      defaultColumns: ['text', 'kind', 'state', 'pinned', 'postedAt', 'seq'],
      condition: (data) => Boolean(data?.liveState && data.liveState !== 'none'),
    },
  },
]

/**
 * Which passes a print run of badges leaves out, and why: a revoked pass (its printed code would be
 * refused at the door anyway), the pass of a request that is no longer approved, a pass without a
 * serial (nothing to sign) or without a portrait (purged, or never stored).
 */
export const SKIP_REASONS = ['revoked', 'not-approved', 'no-serial', 'no-portrait'] as const
export type SkipReason = (typeof SKIP_REASONS)[number]

export function badgeSkipReason(input: {
  status: string
  serial?: string | null
  requestStatus?: string | null
  hasPortrait: boolean
}): SkipReason | null {
  if (input.status === 'revoked') return 'revoked'
  if (input.requestStatus !== 'approved') return 'not-approved'
  if (!input.serial) return 'no-serial'
  if (!input.hasPortrait) return 'no-portrait'
  return null
}

export const SKIP_LABELS: Record<SkipReason, { vi: string; en: string }> = {
  revoked: { vi: 'thẻ đã thu hồi', en: 'pass revoked' },
  'not-approved': { vi: 'hồ sơ không còn được duyệt', en: 'request no longer approved' },
  'no-serial': { vi: 'thẻ chưa có mã định danh', en: 'pass has no serial' },
  'no-portrait': { vi: 'không có ảnh chân dung', en: 'no portrait' },
}

/** The skipped passes, counted by reason: "2 thẻ đã thu hồi, 1 không có ảnh chân dung". */
export function skippedSummary(
  skipped: readonly { reason: SkipReason }[],
  locale: 'vi' | 'en',
): string {
  const counts = new Map<SkipReason, number>()
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts]
    .map(([reason, count]) => `${count} × ${SKIP_LABELS[reason][locale]}`)
    .join(', ')
}

/** At most this many badges in one PDF (100 sheets). */
export const MAX_BADGES_PER_RUN = 400

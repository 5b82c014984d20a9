import { formatTime } from '../format/date'
import type { Locale } from '../i18n/locales'
import { createT } from '../i18n/t'
import type { LiveUpdateView } from '../live/liveView'
import type { FeedItem } from './rss'

/**
 * A live page's updates as feed items, newest first. A correction keeps its item and says so; a
 * removal keeps its item with only the notice (never silently gone, never its words).
 */
export function liveFeedItems(
  updates: readonly LiveUpdateView[],
  pageUrl: string,
  locale: Locale,
): FeedItem[] {
  const t = createT(locale)
  return updates.map((update) => {
    const at = formatTime(update.changedAt ?? update.postedAt, locale)
    const kind = t(`coverage.kind.${update.kind}`)
    const words =
      update.state === 'deleted'
        ? t('coverage.deleted', { time: at })
        : update.speaker
          ? `“${update.text}” — ${update.speaker}`
          : update.text
    const note =
      update.state === 'corrected'
        ? ` (${t('coverage.corrected', { time: at })}${update.correction ? `: ${update.correction}` : ''})`
        : ''
    const line = words.replace(/\s+/g, ' ')
    return {
      title: `${formatTime(update.postedAt, locale)} · ${kind}: ${line.length > 90 ? `${line.slice(0, 89)}…` : line}`,
      url: `${pageUrl}#update-${update.id}`,
      summary: `${words}${note}${update.credit && update.state !== 'deleted' ? ` — ${t('coverage.credit', { credit: update.credit })}` : ''}`,
      publishedAt: update.postedAt,
      guid: `live-update:${update.id}`,
    }
  })
}

import { escapeHtml } from '~/cms/lib/escapeHtml'
import type { Picture } from '../cms/images'
import { formatTime } from '../format/date'
import type { Locale } from '../i18n/locales'
import { createT } from '../i18n/t'
import type { LiveUpdateView } from './liveView'

const attr = (value: string | number) => escapeHtml(String(value))
const lines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>')

/**
 * The markup of the site's picture component (site/components/PictureImage.astro renders it too):
 * AVIF, WebP, then the JPEG fallback, with the photo's own size against layout shift.
 */
export function pictureHtml(
  picture: Picture,
  options: { sizes?: string; eager?: boolean } = {},
): string {
  const sizes = options.sizes ?? '(min-width: 72rem) 24rem, (min-width: 40rem) 50vw, 100vw'
  const sources = picture.sources
    .map(
      (source) =>
        `<source type="${attr(source.type)}" srcset="${attr(source.srcset)}" sizes="${attr(sizes)}">`,
    )
    .join('')
  const eager = options.eager === true
  return `<picture>${sources}<img src="${attr(picture.fallback)}" alt="${attr(picture.alt)}" width="${attr(picture.width)}" height="${attr(picture.height)}" loading="${eager ? 'eager' : 'lazy'}" decoding="async"${eager ? ' fetchpriority="high"' : ''}></picture>`
}

/**
 * One update as an HTML fragment, the same on the page (server-rendered) and in the stream (the
 * script puts it in place): time (Asia/Ho_Chi_Minh), kind, the words, the photo with its credit,
 * the quote with its speaker. A correction says so with its time and note; a deletion says so
 * with its time and shows nothing of what was there.
 */
export function renderLiveUpdate(update: LiveUpdateView, locale: Locale): string {
  const t = createT(locale)
  const changed = update.changedAt ?? update.postedAt
  const classes = [
    'live-update',
    `live-kind-${update.kind}`,
    ...(update.state !== 'published' ? [`live-${update.state}`] : []),
    ...(update.pinned ? ['live-pinned'] : []),
  ]
  const lang = update.language !== locale ? ` lang="${update.language}"` : ''
  const meta = `<p class="live-meta"><time datetime="${attr(update.postedAt)}">${formatTime(update.postedAt, locale)}</time> <span class="live-kind">${escapeHtml(t(`coverage.kind.${update.kind}`))}</span></p>`
  let body: string
  if (update.state === 'deleted') {
    body = `<p class="live-removed">${escapeHtml(t('coverage.deleted', { time: formatTime(changed, locale) }))}</p>`
  } else if (update.kind === 'quote') {
    body = `<blockquote class="live-quote"${lang}><p>${lines(update.text)}</p>${update.speaker ? `<footer>— <cite>${escapeHtml(update.speaker)}</cite></footer>` : ''}</blockquote>`
  } else if (update.kind === 'photo' && update.picture) {
    const caption = [
      update.text ? `<span${lang}>${lines(update.text)}</span>` : '',
      update.credit
        ? `<span class="live-credit">${escapeHtml(t('coverage.credit', { credit: update.credit }))}</span>`
        : '',
    ]
      .filter(Boolean)
      .join(' ')
    body = `<figure class="live-photo">${pictureHtml(update.picture, { sizes: '(min-width: 48rem) 44rem, 100vw' })}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
  } else {
    body = `<p class="live-text"${lang}>${lines(update.text)}</p>${update.credit ? `<p class="live-credit">${escapeHtml(t('coverage.credit', { credit: update.credit }))}</p>` : ''}`
  }
  const correction =
    update.state === 'corrected'
      ? `<p class="live-correction"><strong>${escapeHtml(t('coverage.corrected', { time: formatTime(changed, locale) }))}</strong>${update.correction ? `: ${lines(update.correction)}` : ''}</p>`
      : ''
  return `<li class="${classes.join(' ')}" id="update-${attr(update.id)}" data-id="${attr(update.id)}" data-seq="${update.seq}" data-posted="${attr(update.postedAt)}">${meta}${body}${correction}</li>`
}

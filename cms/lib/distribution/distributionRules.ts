import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { isUnderEmbargo } from '~/cms/lib/embargo'
import { isPublicNow, type Publishable } from '~/cms/lib/publishing'
import { EVENT_TIME_ZONE } from '~/cms/lib/time'

/**
 * Distribution of press releases by e-mail: the rules, pure. Two copies of a release go out:
 * the press copy to the event's accredited journalists who opted in (as soon as the release is
 * published, ahead of an embargo), and the public copy to confirmed subscribers (once no embargo
 * holds it back).
 */
export const DISTRIBUTION_COPIES = ['press', 'public'] as const
export type DistributionCopy = (typeof DISTRIBUTION_COPIES)[number]

/** not-sent: nobody to send to yet · sending: some messages wait · sent: all out · partial-failure: some gave up. */
export const DISTRIBUTION_STATES = ['not-sent', 'sending', 'sent', 'partial-failure'] as const
export type DistributionState = (typeof DISTRIBUTION_STATES)[number]

/** How the admin names each state (the release's sidebar, the editors' dashboard). */
export const distributionLabels: Record<DistributionState, { vi: string; en: string }> = {
  'not-sent': { vi: 'Chưa gửi', en: 'Not sent' },
  sending: { vi: 'Đang gửi', en: 'Sending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  'partial-failure': { vi: 'Gửi lỗi một phần', en: 'Partly failed' },
}

export const SUBSCRIBER_STATES = ['pending', 'confirmed', 'unsubscribed'] as const
export type SubscriberState = (typeof SUBSCRIBER_STATES)[number]

/** A confirm link unused for this long is dead; the address may subscribe again. */
export const CONFIRM_LINK_HOURS = 48

type Release = Publishable & { embargoUntil?: string | null }

/**
 * When a copy of a release is due: `now` if it may go now, a later moment to try again (a
 * publication time or an embargo still ahead), or null (never: the release is not published).
 */
export function copyDueAt(
  release: Release,
  copy: DistributionCopy,
  now: Date,
): Date | 'now' | null {
  if (release._status !== 'published') return null
  if (!isPublicNow(release, now)) return new Date(release.publishedAt!)
  if (copy === 'press' || !isUnderEmbargo(release, now)) return 'now'
  return new Date(release.embargoUntil!)
}

/** The delivery state of a release from its messages' states. */
export function distributionState(counts: {
  total: number
  sent: number
  failed: number
}): DistributionState {
  if (counts.total === 0) return 'not-sent'
  if (counts.sent + counts.failed < counts.total) return 'sending'
  return counts.failed > 0 ? 'partial-failure' : 'sent'
}

/** dd/MM/yyyy HH:mm in Vietnam's time, the form every date takes for a reader. */
export function formatEmbargoTime(moment: string | Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: EVENT_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(typeof moment === 'string' ? new Date(moment) : moment)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

/** The subject line: the press copy of an embargoed release names the embargo's end first. */
export function releaseSubject(
  release: { title: string; number?: number | null; embargoUntil?: string | null },
  language: 'vi' | 'en',
  embargoed: boolean,
): string {
  const label = language === 'en' ? 'Press release' : 'Thông cáo báo chí'
  const base = `${label}${release.number ? ` ${language === 'en' ? 'no.' : 'số'} ${release.number}` : ''}: ${release.title}`
  if (!embargoed || !release.embargoUntil) return base
  const time = formatEmbargoTime(release.embargoUntil)
  return language === 'en' ? `[EMBARGOED until ${time}] ${base}` : `[CẤM ĐĂNG đến ${time}] ${base}`
}

/** The one key a message of a copy to an address has: the outbox refuses a second row with it. */
export const deliveryKey = (release: number | string, copy: DistributionCopy, email: string) =>
  `release:${release}:${copy}:${normaliseEmail(email)}`

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/** A secret for a link (confirm, unsubscribe); only its hash is stored. */
export const newLinkSecret = (): string => randomBytes(24).toString('base64url')
export const hashLinkSecret = (secret: string): string =>
  createHash('sha256').update(`subscriber-link:${secret}`, 'utf8').digest('hex')
export const looksLikeLinkSecret = (value: string): boolean => /^[A-Za-z0-9_-]{32}$/.test(value)

/** Whether a pending subscription's confirm link still works. */
export const confirmLinkAlive = (requestedAt: string | null | undefined, now: Date): boolean =>
  Boolean(requestedAt) &&
  now.getTime() - new Date(requestedAt!).getTime() <= CONFIRM_LINK_HOURS * 3600 * 1000

/** Who an unsubscribe link stops: a public subscriber (`s`) or a journalist's opt-in (`j`). */
export type UnsubscribeTarget = { kind: 's' | 'j'; id: string }

const unsubscribeMac = (secret: string, target: UnsubscribeTarget) =>
  createHmac('sha256', createHash('sha256').update(`unsubscribe-link:${secret}`).digest())
    .update(`${target.kind}:${target.id}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url')

/**
 * The unsubscribe link's token, `<s|j><id>.<MAC>`: signed with the server's secret, never stored,
 * so every message can carry it and nothing at rest could be replayed from a leaked database.
 */
export const unsubscribeToken = (secret: string, target: UnsubscribeTarget): string =>
  `${target.kind}${target.id}.${unsubscribeMac(secret, target)}`

/** The target of a genuine unsubscribe token, or null for anything forged or malformed. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeTarget | null {
  const match = /^([sj])([A-Za-z0-9]{1,40})\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return null
  const target: UnsubscribeTarget = { kind: match[1] as 's' | 'j', id: match[2]! }
  const expected = Buffer.from(unsubscribeMac(secret, target))
  const given = Buffer.from(match[3]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? target : null
}

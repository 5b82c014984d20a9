import { randomBytes } from 'node:crypto'

import { purposeMac, sameSignature } from '../signing'

/**
 * The rules of interview requests with delegations, as pure functions: statuses and their order,
 * the journalist's preferred windows, slot overlaps, the consent link's signature and life, and
 * when the press office's follow-up is due. The operations (cms/interviews/operations) apply them.
 */

/**
 * requested: the journalist asked · forwarded: the delegation's contact was asked for consent ·
 * accepted / declined: the contact answered · no-answer: the consent link expired unanswered ·
 * scheduled: a slot and a room were assigned.
 */
export const INTERVIEW_STATUSES = [
  'requested',
  'forwarded',
  'accepted',
  'declined',
  'no-answer',
  'scheduled',
] as const
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number]

/** From which statuses each step may be taken. */
export const CAN_FORWARD: readonly InterviewStatus[] = ['requested', 'no-answer']
export const CAN_ANSWER: readonly InterviewStatus[] = ['forwarded']
export const CAN_SCHEDULE: readonly InterviewStatus[] = ['accepted', 'scheduled']

/** How long a consent link works, and when its contact is reminded (once) without an answer. */
export const CONSENT_VALID_HOURS = 72
export const REMIND_AFTER_HOURS = 24
const HOUR = 60 * 60 * 1000

/** At most this many preferred windows, each within the event's days. */
export const MAX_WINDOWS = 3
export const TOPIC_MAX = 200
export const QUESTIONS_MAX = 3000

export type Window = { day: string; from: string; to: string }
export type WindowProblem = 'window-format' | 'window-day' | 'window-order' | 'window-count'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A window's local day and times (Vietnam, UTC+7, no daylight saving) as instants. */
export const windowInstants = (window: Window): { start: Date; end: Date } => ({
  start: new Date(`${window.day}T${window.from}:00+07:00`),
  end: new Date(`${window.day}T${window.to}:00+07:00`),
})

/**
 * Why the journalist's preferred windows cannot be taken, or null: one to MAX_WINDOWS windows,
 * each on one of the event's days, HH:mm times, its start before its end.
 */
export function windowProblem(windows: readonly Window[], eventDays: readonly string[]) {
  if (windows.length < 1 || windows.length > MAX_WINDOWS) return 'window-count' as WindowProblem
  for (const window of windows) {
    if (!TIME.test(window.from ?? '') || !TIME.test(window.to ?? '')) return 'window-format'
    if (!eventDays.includes(window.day)) return 'window-day'
    if (window.from >= window.to) return 'window-order'
  }
  return null
}

export type Slot = { start: Date | string; end: Date | string }

/** Two slots overlap when each starts before the other ends (touching ends do not). */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  return (
    new Date(a.start).getTime() < new Date(b.end).getTime() &&
    new Date(b.start).getTime() < new Date(a.end).getTime()
  )
}

/** A room named the same way however it was typed ("Phòng 2 " = "phòng 2"). */
export const roomKey = (room: string): string =>
  room.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')

export type SlotProblem = 'slot-order' | 'slot-day' | 'slot-length'

/** Why a slot cannot be given, or null: it ends after it starts, lasts at most 4 hours, on an event day. */
export function slotProblem(
  slot: Slot,
  eventDays: readonly string[],
  localDay: (d: Date) => string,
) {
  const start = new Date(slot.start)
  const end = new Date(slot.end)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start)
    return 'slot-order' as SlotProblem
  if (end.getTime() - start.getTime() > 4 * HOUR) return 'slot-length'
  if (!eventDays.includes(localDay(start))) return 'slot-day'
  return null
}

export type BookedSlot = Slot & { id: string | number; room: string; journalist: string | number }

/**
 * The first interview already booked that the new slot collides with: the same room or the same
 * journalist at an overlapping time (the request itself excluded), and which of the two it is.
 */
export function slotConflict(
  slot: Slot & { id: string | number; room: string; journalist: string | number },
  booked: readonly BookedSlot[],
): { with: BookedSlot; reason: 'room' | 'journalist' } | null {
  for (const other of booked) {
    if (String(other.id) === String(slot.id) || !slotsOverlap(slot, other)) continue
    if (roomKey(other.room) === roomKey(slot.room)) return { with: other, reason: 'room' }
    if (String(other.journalist) === String(slot.journalist))
      return { with: other, reason: 'journalist' }
  }
  return null
}

/** The consent link's secret part: random, stored on the request until it is used. */
export const newConsentNonce = (): string => randomBytes(18).toString('base64url')

const consentMac = (secret: string) => purposeMac(secret, 'interview-consent')

/** `<request>.<expiry in seconds>.<nonce>.<signature>`: what the consent link carries. */
export function consentToken(
  secret: string,
  link: { request: string | number; expiresAt: Date; nonce: string },
): string {
  const body = `${link.request}.${Math.floor(link.expiresAt.getTime() / 1000)}.${link.nonce}`
  return `${body}.${consentMac(secret)(body)}`
}

export type ConsentCheck =
  | { ok: true; request: string; nonce: string; expiresAt: Date }
  | { ok: false; reason: 'unknown' | 'expired' }

/**
 * What a consent token says, if the server signed it and it has not expired (whether it was used
 * is for the request's stored nonce to tell). A forged or mangled token is `unknown`.
 */
export function readConsentToken(secret: string, token: string, at: Date): ConsentCheck {
  const parts = token.split('.')
  if (parts.length !== 4 || token.length > 200) return { ok: false, reason: 'unknown' }
  const [request, expiry, nonce, signature] = parts as [string, string, string, string]
  if (!/^\w+$/.test(request) || !/^\d+$/.test(expiry)) return { ok: false, reason: 'unknown' }
  if (!sameSignature(consentMac(secret)(`${request}.${expiry}.${nonce}`), signature))
    return { ok: false, reason: 'unknown' }
  const expiresAt = new Date(Number(expiry) * 1000)
  if (at.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, request, nonce, expiresAt }
}

/** When a link sent at `forwardedAt` stops working. */
export const consentExpiry = (forwardedAt: Date): Date =>
  new Date(forwardedAt.getTime() + CONSENT_VALID_HOURS * HOUR)

export type FollowUp = 'remind' | 'expire' | null

/**
 * What the press office's follow-up does for a forwarded request at `at`: mark it unanswered once
 * the link has expired; remind the contact once after REMIND_AFTER_HOURS; otherwise nothing.
 */
export function followUpDue(
  request: {
    status: string
    forwardedAt?: string | null
    consentExpiresAt?: string | null
    remindedAt?: string | null
  },
  at: Date,
): FollowUp {
  if (request.status !== 'forwarded' || !request.forwardedAt || !request.consentExpiresAt)
    return null
  if (at.getTime() >= new Date(request.consentExpiresAt).getTime()) return 'expire'
  if (request.remindedAt) return null
  return at.getTime() >= new Date(request.forwardedAt).getTime() + REMIND_AFTER_HOURS * HOUR
    ? 'remind'
    : null
}

/** When the follow-up should next look at a request forwarded at `forwardedAt`. */
export const followUpTimes = (forwardedAt: Date): Date[] => [
  new Date(forwardedAt.getTime() + REMIND_AFTER_HOURS * HOUR),
  consentExpiry(forwardedAt),
]

import { canSwitchSessionAccess, type RoleHolder } from '../roles'
import { PRESS_ACCESS, type PressAccess } from './sessionTypes'

/**
 * THE rule of a session's press access (open, pool only, closed), whichever door a write comes
 * through (switchSessionAccess, the admin form, REST, bulk edit, a script): whoever may write the
 * programme sets it when a session is created; once the session exists, only the press office's
 * accreditation officers and admins may change it, and each change stamps its time. Pure.
 */
export type AccessSwitchProblem = 'not-allowed' | 'bad-access'

export type AccessSwitchPlan =
  | { ok: false; problem: AccessSwitchProblem }
  | { ok: true; changed: false }
  | { ok: true; changed: true; from: PressAccess | null; to: PressAccess; at: string }

export const isPressAccess = (value: unknown): value is PressAccess =>
  typeof value === 'string' && (PRESS_ACCESS as readonly string[]).includes(value)

export function planAccessSwitch(input: {
  user: RoleHolder
  /** 'create': a new session; 'update': an existing one. */
  operation: 'create' | 'update'
  /** The access stored now (null on create). */
  from: string | null | undefined
  /** The access asked for (undefined: the write does not touch it). */
  to: unknown
  now: Date
}): AccessSwitchPlan {
  const { user, operation, from, to } = input
  if (to === undefined || to === null) return { ok: true, changed: false }
  if (!isPressAccess(to)) return { ok: false, problem: 'bad-access' }
  if (operation === 'create' || to === from) return { ok: true, changed: false }
  if (!canSwitchSessionAccess(user)) return { ok: false, problem: 'not-allowed' }
  return {
    ok: true,
    changed: true,
    from: isPressAccess(from) ? from : null,
    to,
    at: input.now.toISOString(),
  }
}

/** "đổi lúc 14:05 02/12" (Vietnam time, 24 hours): when a session's access last changed. */
export function accessChangedWhen(at: string | Date): string {
  const moment = typeof at === 'string' ? new Date(at) : at
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}`
}

/** What kind of session, and how far the press may follow it. */
export const SESSION_TYPES = ['plenary', 'closed', 'press-conference', 'cultural'] as const
export type SessionType = (typeof SESSION_TYPES)[number]

export const PRESS_ACCESS = ['open', 'pool', 'closed'] as const
export type PressAccess = (typeof PRESS_ACCESS)[number]

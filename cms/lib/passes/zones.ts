import type { PressRole } from '../accreditation/quota'

/** Areas of the venue a pass can open. */
export const ZONES = ['press-centre', 'plenary-gallery', 'photo-pool'] as const
export type Zone = (typeof ZONES)[number]

/** The zones a newly approved journalist gets by role; the press office can change them per pass. */
export function defaultZones(role: PressRole): Zone[] {
  switch (role) {
    case 'photographer':
    case 'camera-operator':
      return ['press-centre', 'plenary-gallery', 'photo-pool']
    case 'reporter':
      return ['press-centre', 'plenary-gallery']
    case 'technician':
      return ['press-centre']
  }
}

/** A pass number printed on the badge: the event's pass prefix and the application's running number, P-0042. */
export const passNumberFor = (prefix: string, sequence: number): string =>
  `${prefix}-${String(sequence).padStart(4, '0')}`

/** Whether a change to a pass makes older QR codes invalid. */
export function needsNewVersion(
  before: {
    status?: string | null
    days?: readonly string[] | null
    zones?: readonly string[] | null
  },
  after: typeof before,
): boolean {
  const same = (a?: readonly string[] | null, b?: readonly string[] | null) =>
    JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort())
  return (
    before.status !== after.status ||
    !same(before.days, after.days) ||
    !same(before.zones, after.zones)
  )
}

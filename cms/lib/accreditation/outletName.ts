/**
 * How an application's outlet is named to people (status page, vetting list, door screen): the
 * listed outlet's name, or the name the applicant typed for an outlet not on the list, marked as
 * such so nobody mistakes it for an outlet the press office has vetted.
 */
export type OutletRef = {
  outlet?: number | string | { name?: string | null } | null
  outletOther?: string | null
}

const OTHER: Record<'vi' | 'en', string> = { vi: 'Khác', en: 'Other' }

export function outletDisplayName(request: OutletRef, locale: 'vi' | 'en' = 'vi'): string {
  const listed =
    request.outlet && typeof request.outlet === 'object' ? request.outlet.name?.trim() : null
  if (listed) return listed
  const typed = request.outletOther?.trim()
  return typed ? `${OTHER[locale]}: ${typed}` : ''
}

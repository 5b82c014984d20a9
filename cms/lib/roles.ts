/** Staff roles. Journalists are not staff: they never get a row in `users`. */
export const STAFF_ROLES = ['admin', 'editor', 'accreditation-officer', 'checkin-staff'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/**
 * Roles that work in the Payload admin. Check-in staff scan on the site's /checkin page; in the
 * admin their home is the door's dashboard (counts only), and they read there no more than REST
 * lets them (never the check-in log, applications or files).
 */
export const ADMIN_PANEL_ROLES: readonly StaffRole[] = [
  'admin',
  'editor',
  'accreditation-officer',
  'checkin-staff',
]

/** Who may write and publish content (news, rules, event facts, media). */
export const CONTENT_ROLES: readonly StaffRole[] = ['admin', 'editor']

export type RoleHolder =
  { roles?: readonly string[] | null; collection?: string } | null | undefined

/** Roles count only on staff accounts: a journalist's account (another auth collection) never has one. */
export function hasRole(user: RoleHolder, ...roles: readonly StaffRole[]): boolean {
  if (!user?.roles || (user.collection !== undefined && user.collection !== 'users')) return false
  return user.roles.some((role) => (roles as readonly string[]).includes(role))
}

export const isStaff = (user: RoleHolder): boolean => hasRole(user, ...STAFF_ROLES)
export const canUseAdminPanel = (user: RoleHolder): boolean => hasRole(user, ...ADMIN_PANEL_ROLES)
export const canEditContent = (user: RoleHolder): boolean => hasRole(user, ...CONTENT_ROLES)

/** Who may see applicants' personal data and decide on applications. */
export const ACCREDITATION_ROLES: readonly StaffRole[] = ['admin', 'accreditation-officer']
export const canHandleAccreditation = (user: RoleHolder): boolean =>
  hasRole(user, ...ACCREDITATION_ROLES)

/** Who may check passes in at the door: scan, open the scanner and its offline data, see a scanned holder's portrait. */
export const CHECKIN_ROLES: readonly StaffRole[] = ['admin', 'checkin-staff']
export const canCheckIn = (user: RoleHolder): boolean => hasRole(user, ...CHECKIN_ROLES)

/**
 * Who may read the door's figures (admissions and refusals per list and hour: counts, never the
 * log's rows): the door itself and the press office.
 */
export const canReadDoorFigures = (user: RoleHolder): boolean =>
  hasRole(user, ...CHECKIN_ROLES, ...ACCREDITATION_ROLES)

/** Who may deliberately open the door's list of a day that is not today (logged): admins only. */
export const canOpenAnyCheckInList = (user: RoleHolder): boolean => hasRole(user, 'admin')

/**
 * Who may switch a session's press access (open, pool only, closed) once it exists: the press
 * office's accreditation officers and admins. Editors set it when they create a session.
 */
export const canSwitchSessionAccess = (user: RoleHolder): boolean =>
  hasRole(user, ...ACCREDITATION_ROLES)

/** Who sees the sessions' access on the staff phone page (/checkin/sessions/): the door and the switchers. */
export const canSeeSessionAccess = (user: RoleHolder): boolean =>
  hasRole(user, ...CHECKIN_ROLES, ...ACCREDITATION_ROLES)

/** Who may read the door's rules: the door itself and the press office (the log itself: accreditation staff). */
export const canReadCheckInRules = (user: RoleHolder): boolean =>
  hasRole(user, ...CHECKIN_ROLES, ...ACCREDITATION_ROLES)

/**
 * An outlet's media manager (their own auth collection, never staff): signed in on the site's
 * /outlet/ area only while an officer has approved the account. Their outlet bounds all they see.
 */
export type OutletManagerHolder =
  | {
      collection?: string
      approved?: boolean | null
      outlet?: unknown
    }
  | null
  | undefined
export const isOutletManager = (user: OutletManagerHolder): boolean =>
  user?.collection === 'outlet-managers' && user.approved === true

/** Who may export or erase an applicant's data from the admin (Decree 13/2023 requests, the law's erasure): admins only. */
export const canManageApplicantData = (user: RoleHolder): boolean => hasRole(user, 'admin')

/** Who may name a session's press pool or change it by hand: the press office. */
export const canNamePool = (user: RoleHolder): boolean => hasRole(user, ...ACCREDITATION_ROLES)
/** Who may still change a pool once its session has started (deliberately, "force"): admins only. */
export const canForcePoolChange = (user: RoleHolder): boolean => hasRole(user, 'admin')

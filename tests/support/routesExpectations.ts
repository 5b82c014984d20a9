import { EVENT_SHARED } from '~/cms/seed/event'
import type { TableOp } from './routes'

/** The seed's archived congress, whose own pages the matrix reads. */
const CONGRESS = `/events/${EVENT_SHARED.slug}`

/**
 * THE expectation table of the attack matrix (tests/e2e/attack-matrix.spec.ts): for every REST
 * collection and global × role × operation, and every site page × role × method, what the role
 * may do. One place: a collection, global, endpoint or page the table does not classify makes the
 * matrix fail, so nothing new goes unguarded because nobody remembered it.
 *
 * Personal data (applications, applicant files, passes, check-ins, press accounts, audit trail,
 * access log, e-mail outbox) is reachable only by the applicant (through the site, with their
 * link) and accreditation staff (officer, admin); editors never; check-in staff only through the
 * scan flow of the site (in the admin they see the door's counts, never the log's rows); Payload's internal collections only by staff whose role needs them.
 */
export const ROLES = [
  'anonymous',
  'applicant',
  'journalist',
  'checkin',
  'editor',
  'officer',
  'admin',
  // An outlet's media manager (outlet-managers): signs in on the site's /outlet/ only.
  'manager',
] as const
export type Role = (typeof ROLES)[number]

/**
 * allow: the role may; the answer works (2xx; for a create probe with an empty body a 400
 *        validation error also shows that access was granted).
 * own:   2xx, but only the caller's own or public records: never the planted applicant's data.
 * deny:  401/403/404/405 (a list or count may also answer 200 with nothing in it), nothing
 *        changes, and the planted applicant's data never appears.
 * any:   not this role's concern: only "never 5xx, never the planted data" is checked.
 * invalid: bad input sent on purpose: any 4xx (a refusal or a validation error), never 5xx.
 */
export type Verdict = 'allow' | 'own' | 'deny' | 'any' | 'invalid'
export type RoleRule = Partial<Record<Role, Verdict>>

const nobody: RoleRule = {}
const everyone: RoleRule = {
  anonymous: 'allow',
  applicant: 'allow',
  journalist: 'allow',
  checkin: 'allow',
  editor: 'allow',
  officer: 'allow',
  admin: 'allow',
  manager: 'allow',
}
const content: RoleRule = { editor: 'allow', admin: 'allow' }
/** Live coverage's actions: editors and admins (their answer depends on the coverage's state). */
const liveDesk: RoleRule = { editor: 'any', admin: 'any' }
/** Every role gets a 4xx (a refusal or a bad input), never a 5xx. */
const anyRefusal: RoleRule = Object.fromEntries(ROLES.map((role) => [role, 'invalid']))
/** Only "never 5xx, never the planted data" (e.g. a redirect elsewhere). */
const notOurConcern: RoleRule = Object.fromEntries(ROLES.map((role) => [role, 'any']))
const accreditation: RoleRule = { officer: 'allow', admin: 'allow' }
const adminOnly: RoleRule = { admin: 'allow' }
/** Staff who work in the admin (check-in staff too: their home there is the door's dashboard). */
const adminPanel = (verdict: Verdict): RoleRule => ({
  checkin: verdict,
  editor: verdict,
  officer: verdict,
  admin: verdict,
})

export type CollectionRule = {
  /** Holds applicants' personal data: the planted applicant's name, ID number and e-mail may appear only under `allow`. */
  personal?: boolean
  ops: Record<TableOp, RoleRule>
  /** The collection's own endpoints (beyond Payload's defaults), by "METHOD /path". */
  endpoints?: Record<string, RoleRule>
  /**
   * Its endpoints' `:id` names no row (0), not the planted one: staff may act on a real row with
   * an empty body (the office removes a pool member before the session starts), which would
   * change the planted data under the other cases, and at some hours of the day only.
   */
  endpointsOnNoRow?: boolean
}

const publicContent = (versions: RoleRule): CollectionRule => ({
  ops: {
    list: everyone,
    read: everyone,
    create: content,
    update: content,
    delete: content,
    versions,
    file: nobody,
  },
})

/** Everyone reads their own session (`me`) and nothing else; first-register, verify and reset with a forged token are refused. */
export const AUTH_RULES: Record<string, RoleRule | { notSent: string }> = {
  'GET /me': {
    anonymous: 'own',
    applicant: 'own',
    journalist: 'own',
    checkin: 'own',
    editor: 'own',
    officer: 'own',
    admin: 'own',
    manager: 'own',
  },
  'GET /init': {
    anonymous: 'any',
    applicant: 'any',
    journalist: 'any',
    checkin: 'any',
    editor: 'any',
    officer: 'any',
    admin: 'any',
    manager: 'any',
  },
  'POST /first-register': nobody,
  'POST /verify/:id': nobody,
  'POST /reset-password': nobody,
  'POST /unlock': adminOnly,
  'POST /login': {
    notSent: 'every role signs in through it in the set-up; enumeration and throttling cases below',
  },
  'POST /logout': {
    notSent:
      'would end the matrix’s own sessions; the sign-out cases below use throw-away sessions',
  },
  'POST /refresh-token': { notSent: 'rotates the caller’s own session only' },
  'POST /forgot-password': { notSent: 'the throttle case below sends it four times in a second' },
}

/** Per auth collection, where it differs from AUTH_RULES. */
export const AUTH_OVERRIDES: Record<string, Record<string, RoleRule>> = {
  // Only the admin may unlock (isAdmin); the probe names a press account's address, which has no
  // manager account, so even the admin's answer is a refusal there.
  'outlet-managers': { 'POST /unlock': { admin: 'any' } },
}

export const COLLECTION_RULES: Record<string, CollectionRule> = {
  // The calendar: public (drafts aside); kept by editors and officers; deleted by officers only.
  events: {
    ops: {
      list: everyone,
      read: everyone,
      create: { ...content, ...accreditation },
      update: { ...content, ...accreditation },
      delete: accreditation,
      versions: nobody,
      file: nobody,
    },
  },
  news: publicContent(content),
  // "Lift embargo now" (the liftEmbargo operation): others are refused (403); for editors and
  // admins the matrix's release is no longer under embargo (409).
  'press-releases': {
    ...publicContent(content),
    endpoints: { 'POST /:id/lift-embargo': anyRefusal },
  },
  galleries: publicContent(content),
  sessions: {
    ...publicContent(nobody),
    // The press office switches a session's access (switchSessionAccess): officers and admins; the
    // probe's empty body is a 400 for them, a 403 for everyone else. Open / close live coverage
    // (cms/live): editors and admins; the answer depends on its state.
    endpoints: {
      'POST /:id/access': { officer: 'invalid', admin: 'invalid' },
      'POST /:id/live/open': liveDesk,
      'POST /:id/live/close': liveDesk,
    },
  },
  // Live coverage: public updates (corrections and deletions show as such); editors post them.
  'live-updates': {
    ops: {
      list: everyone,
      read: everyone,
      create: content,
      update: content,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
    // Each an operation of cms/live: editors' answers depend on the update's state (a removed one
    // cannot be pinned); everyone else is refused.
    endpoints: {
      'POST /:id/correct': liveDesk,
      'POST /:id/delete': liveDesk,
      'POST /:id/pin': liveDesk,
      'POST /:id/unpin': liveDesk,
    },
  },
  // The press pool of a pool-only session names passes: accreditation staff read it; it is
  // written only through the pool's operations (cms/pool/endpoints.ts), whose probes name no
  // real session or member: a 4xx for every role.
  'pool-members': {
    personal: true,
    endpointsOnNoRow: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
    endpoints: {
      'POST /name': anyRefusal,
      'POST /quotas': anyRefusal,
      'POST /add': anyRefusal,
      'POST /:id/remove': anyRefusal,
    },
  },
  // Pool photos (issue 14): the originals are press-only — staff and the accredited press of the
  // photo's event (a journalist of another event lists none); written only by the pool operations.
  // No photo is planted: read, update and file probes find none, so they only must not fail or leak.
  'pool-photos': {
    personal: true,
    ops: {
      list: { journalist: 'own', checkin: 'allow', ...content, ...accreditation },
      read: { journalist: 'any', checkin: 'any', editor: 'any', officer: 'any', admin: 'any' },
      create: nobody,
      update: { editor: 'any', admin: 'any' },
      delete: nobody,
      versions: nobody,
      file: { journalist: 'any', checkin: 'any', editor: 'any', officer: 'any', admin: 'any' },
    },
    endpoints: {
      // An empty batch: refused for everyone (a non-member before the files are even looked at).
      'POST /upload': anyRefusal,
      // No photo chosen: editors and admins get 400, everyone else is refused.
      'POST /release': { editor: 'invalid', admin: 'invalid' },
      'POST /:id/withdraw': anyRefusal,
    },
  },
  outlets: {
    ops: {
      list: everyone,
      read: everyone,
      create: accreditation,
      update: accreditation,
      delete: accreditation,
      versions: nobody,
      file: nobody,
    },
  },
  // The read target is a press-only document: the press and content staff only.
  documents: {
    ops: {
      list: everyone,
      read: { journalist: 'allow', ...content },
      create: content,
      update: content,
      delete: content,
      versions: nobody,
      file: { journalist: 'allow', ...content },
    },
  },
  // The file target is the original of a gallery photo: press-only on every channel (issue 11 §8).
  media: {
    ops: {
      list: everyone,
      read: everyone,
      create: content,
      update: content,
      delete: content,
      versions: nobody,
      file: { journalist: 'allow', checkin: 'any', officer: 'any', ...content },
    },
  },
  'accreditation-requests': {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: accreditation,
      update: accreditation,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
    endpoints: {
      'GET /vetting/export': accreditation,
      'POST /vetting/import': accreditation,
      // The probe sends no event, outlet or role: staff get a 4xx for that, everyone else a 403.
      'POST /waiting-list/promote': { officer: 'invalid', admin: 'invalid' },
      // The officer re-sends the planted applicant's status link (rate-limited: 3 per 10 minutes).
      'POST /:id/send-status-link': accreditation,
      // An admin downloads everything held about the applicant (the export is recorded).
      'POST /:id/export': adminOnly,
      // Without the reference code typed as confirmation, the admin's erasure is refused (400).
      'POST /:id/erase': { admin: 'invalid' },
    },
  },
  'applicant-files': {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: accreditation,
      update: nobody,
      delete: accreditation,
      versions: nobody,
      file: accreditation,
    },
  },
  // Check-in staff see a pass only through the scan flow of the site, never through REST.
  passes: {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: nobody,
      update: accreditation,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
    // Batch badge printing (printBadges): portraits and names, for accreditation staff only.
    endpoints: { 'GET /badges.pdf': accreditation },
  },
  'check-ins': {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
    endpoints: { 'GET /attendance': accreditation, 'GET /attendance.csv': accreditation },
  },
  // The e-mail outbox (one row per message): addresses and subjects are personal data. Editors
  // list only press-release deliveries (the delivery log), never an applicant's message.
  'email-messages': {
    personal: true,
    ops: {
      list: { ...accreditation, editor: 'own' },
      read: accreditation,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
  },
  // Public subscribers to press releases: addresses are personal data, read and removed by those
  // who run the release list (editors, admins); rows change only through the subscription
  // operations. The one-click unsubscribe (mail providers' POST) refuses a forged link (404);
  // its GET sends a browser to the site's page (303).
  subscribers: {
    personal: true,
    ops: {
      list: content,
      read: content,
      create: nobody,
      update: nobody,
      delete: content,
      versions: nobody,
      file: nobody,
    },
    endpoints: {
      'POST /unsubscribe/:token': anyRefusal,
      'GET /unsubscribe/:token': notOurConcern,
    },
  },
  'audit-entries': {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
  },
  'access-log': {
    personal: true,
    ops: {
      list: adminOnly,
      read: adminOnly,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
  },
  // Staff accounts: the read/update target is the admin's own account.
  users: {
    ops: {
      list: { checkin: 'own', editor: 'own', officer: 'own', admin: 'allow' },
      read: adminOnly,
      create: adminOnly,
      update: adminOnly,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
  },
  // Press accounts: the read/update target is the planted applicant's account.
  journalists: {
    personal: true,
    ops: {
      list: { journalist: 'own', ...accreditation },
      read: accreditation,
      create: nobody,
      update: accreditation,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
    // Staff never set a press password: they send the journalist a set-password link.
    endpoints: { 'POST /:id/send-set-password-link': accreditation },
  },
  // Personal data requests (Decree 13/2023): accreditation staff only; made and answered through
  // operations (the journalist on /press/, the officer's button), never created through REST. The
  // target is the demo journalist's own access request (planted by a download of their data).
  'data-requests': {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: nobody,
      update: accreditation,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
    // Without an outcome the officer's call is refused (400) and nothing is erased.
    endpoints: { 'POST /:id/complete': accreditation },
  },
  // Outlets' media managers: the read target is the matrix's own manager account.
  'outlet-managers': {
    ops: {
      list: { manager: 'own', ...accreditation },
      read: { manager: 'allow', ...accreditation },
      create: accreditation,
      update: accreditation,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
  },
  // Nominations: written only by the nomination operations (the site's /outlet/ and the officers'
  // decide endpoint); the target is the matrix manager's own nomination (another outlet's manager
  // sees none: tests/int/nominations.test.ts).
  nominations: {
    personal: true,
    ops: {
      list: { manager: 'own', ...accreditation },
      read: { manager: 'allow', ...accreditation },
      create: nobody,
      update: nobody,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
    endpoints: { 'POST /:id/decide': accreditation },
  },
  // Delegations and their contacts (interviews): staff-only data; officers and admins read and
  // write, only the admin deletes. The press area offers accredited journalists the names only.
  delegations: {
    personal: true,
    ops: {
      list: accreditation,
      read: accreditation,
      create: accreditation,
      update: accreditation,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
  },
  // Interview requests: a journalist sees their own (the target is the demo journalist's), officers
  // all; written only by the interview operations (the press area's form, the officer's forward
  // and schedule endpoints, the consent page). Forwarding the target works once (then 409);
  // scheduling it with no slot is bad input (tests/e2e/interviews.spec.ts does the real steps).
  'interview-requests': {
    personal: true,
    ops: {
      list: { journalist: 'own', ...accreditation },
      read: { journalist: 'allow', ...accreditation },
      create: nobody,
      update: nobody,
      delete: adminOnly,
      versions: nobody,
      file: nobody,
    },
    endpoints: {
      'POST /:id/forward': { officer: 'any', admin: 'any' },
      'POST /:id/schedule': { officer: 'invalid', admin: 'invalid' },
    },
  },
  // Numbers never handed out twice (reference codes, release numbers): the admin may look, nobody writes.
  counters: {
    ops: {
      list: adminOnly,
      read: adminOnly,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
  },
  // Payload's internal collections: only staff whose work in the admin needs them.
  'payload-locked-documents': {
    ops: {
      list: adminPanel('any'),
      read: adminPanel('any'),
      create: adminPanel('any'),
      update: adminPanel('any'),
      delete: adminPanel('any'),
      versions: nobody,
      file: nobody,
    },
  },
  'payload-preferences': {
    ops: {
      list: adminPanel('own'),
      read: { admin: 'any' },
      create: adminPanel('any'),
      update: { admin: 'any' },
      delete: { admin: 'any' },
      versions: nobody,
      file: nobody,
    },
    endpoints: {
      'GET /:key': adminPanel('any'),
      'POST /:key': adminPanel('any'),
      'DELETE /:key': adminPanel('any'),
    },
  },
  // Queued e-mails (the outbox) carry applicants' names and addresses.
  'payload-jobs': {
    personal: true,
    ops: {
      list: { officer: 'any', admin: 'any' },
      read: { officer: 'any', admin: 'any' },
      create: { admin: 'any' },
      update: { admin: 'any' },
      delete: { admin: 'any' },
      versions: nobody,
      file: nobody,
    },
    endpoints: { 'GET /run': { admin: 'any' }, 'GET /handle-schedules': { admin: 'any' } },
  },
  'payload-kv': {
    ops: {
      list: { admin: 'any' },
      read: { admin: 'any' },
      create: { admin: 'any' },
      update: { admin: 'any' },
      delete: { admin: 'any' },
      versions: nobody,
      file: nobody,
    },
  },
  // No REST endpoints at all: every probe must find nothing.
  'payload-migrations': {
    ops: {
      list: nobody,
      read: nobody,
      create: nobody,
      update: nobody,
      delete: nobody,
      versions: nobody,
      file: nobody,
    },
  },
}

export type GlobalRule = {
  ops: Pick<Record<TableOp, RoleRule>, 'read' | 'update' | 'versions'>
  endpoints?: Record<string, RoleRule>
}

export const GLOBAL_RULES: Record<string, GlobalRule> = {
  event: { ops: { read: everyone, update: content, versions: nobody } },
  'press-rules': { ops: { read: everyone, update: content, versions: everyone } },
  'check-in-rules': {
    ops: { read: { checkin: 'any', ...accreditation }, update: accreditation, versions: nobody },
  },
}

/** Endpoints at the root of the REST API (`/api/<path>`). */
export const ROOT_ENDPOINT_RULES: Record<string, RoleRule> = {
  'GET /health': everyone,
  'GET /access': {
    anonymous: 'any',
    applicant: 'any',
    journalist: 'any',
    checkin: 'any',
    editor: 'any',
    officer: 'any',
    admin: 'any',
    manager: 'any',
  },
}

/** What the site routes need to be filled in: ids and links planted by the matrix's set-up. */
export type SiteFixtures = {
  victim: { statusToken: string; requestId: string; passId: string }
  applicant: { statusToken: string; passId: string; passNumber: string }
  content: {
    newsSlug: string
    releaseSlug: string
    gallerySlug: string
    galleryMediaId: string
    galleryOriginal: string
    documentId: string
    documentFile: string
    rulesVersion: string
    sessionId: string
  }
  forgedVictimToken: string
  /** An editor's genuine preview link of one news article, to aim at another one. */
  preview: { newsId: string; tokenOfAnotherArticle: string }
}

export type SiteCase = {
  /** The address; may depend on the role (the applicant uses their own link, everyone else the planted applicant's id with a forged secret). */
  url: (fx: SiteFixtures, role: Role) => string
  rule: RoleRule
  /** For POST: the body, form-encoded unless `json`. */
  form?: Record<string, string>
  json?: unknown
  /** This role's allowed answer must contain the text (e.g. its own name): the control that the door really opens. */
  note?: string
}

const siteEveryone = everyone
const invalid: RoleRule = Object.fromEntries(ROLES.map((role) => [role, 'invalid']))
const pressOnly: RoleRule = { journalist: 'allow' }
const door: RoleRule = { checkin: 'allow', admin: 'allow' }
const statusUrl = (suffix: string) => (fx: SiteFixtures, role: Role) =>
  `/accreditation/status/${role === 'applicant' ? fx.applicant.statusToken : fx.forgedVictimToken}/${suffix}`

/**
 * Site routes by their file under site/pages, then method. `covered` names routes whose attack
 * needs a flow of its own (sign-out, throttling, sign-in): the spec runs those cases separately.
 */
export const SITE_RULES: Record<
  string,
  { GET?: SiteCase; POST?: SiteCase; covered?: Partial<Record<'GET' | 'POST', string>> }
> = {
  '404.astro': {
    GET: {
      url: () => '/404',
      rule: {
        anonymous: 'any',
        applicant: 'any',
        journalist: 'any',
        checkin: 'any',
        editor: 'any',
        officer: 'any',
        admin: 'any',
        manager: 'any',
      },
    },
  },
  '500.astro': {
    covered: {
      GET: 'the error page itself: Astro answers it with 500 by design (the faults suite shows it when something fails)',
    },
  },
  'index.astro': { GET: { url: () => '/', rule: siteEveryone } },
  'accreditation/index.astro': {
    GET: { url: () => '/accreditation/', rule: siteEveryone },
    // An empty form: refused as a client error for everyone, never stored (the bad-input suite does the rest).
    POST: { url: () => '/accreditation/', rule: invalid, form: { fullName: '' } },
  },
  // Every accepted form lands here, new or duplicate alike: it says nothing about who applied.
  'accreditation/received.astro': {
    GET: { url: () => '/accreditation/received/', rule: siteEveryone },
  },
  'accreditation/status/[token]/index.astro': {
    GET: { url: statusUrl(''), rule: { applicant: 'allow' } },
    // Withdrawing through a forged link must fail; the applicant's own withdraw is not sent (it would end the control).
    POST: { url: statusUrl(''), rule: { applicant: 'any' }, form: { action: 'no-such-action' } },
  },
  'accreditation/status/[token]/[file].ts': {
    GET: { url: statusUrl('portrait'), rule: { applicant: 'allow' } },
  },
  'accreditation/status/[token]/pass.astro': {
    GET: { url: statusUrl('pass/'), rule: { applicant: 'allow' } },
  },
  'accreditation/status/[token]/pass.pdf.ts': {
    GET: { url: statusUrl('pass.pdf'), rule: { applicant: 'allow' } },
  },
  'checkin/index.astro': {
    GET: { url: () => '/checkin/', rule: siteEveryone },
    covered: {
      POST: 'sign-in: every role signs in through it in the set-up; an admin’s opening of another day’s list (intent=open-list, admins only, logged): tests/int/doorEvents.test.ts',
    },
  },
  'checkin/logout.ts': { covered: { POST: 'sign-out then reuse of the copied cookie' } },
  // The editor's live phone page: a sign-in form for anyone, the desk for editors (or 404 when the
  // session does not exist). Every post here is refused unless it is a known action.
  'live/[id]/post.astro': {
    GET: {
      url: () => '/live/1/post/',
      rule: { ...notOurConcern, anonymous: 'allow', journalist: 'allow', applicant: 'allow' },
    },
    POST: { url: () => '/live/1/post/', rule: invalid, form: { intent: 'no-such-action' } },
  },
  'checkin/offline-data.ts': { GET: { url: () => '/checkin/offline-data', rule: door } },
  // The same route once it takes the short-lived token of a scan: a pass id or a guess opens nothing.
  'checkin/portrait/[token].ts': {
    GET: { url: (fx) => `/checkin/portrait/${fx.victim.passId}`, rule: nobody },
  },
  'checkin/scan.ts': {
    POST: { url: () => '/checkin/scan', rule: door, json: 'scan' },
  },
  // The scanner's poll of the sessions' access: the door only.
  'checkin/session-access.ts': { GET: { url: () => '/checkin/session-access', rule: door } },
  // The staff phone page of the sessions' access: a sign-in form for anyone, the list for staff.
  'checkin/sessions.astro': {
    GET: { url: () => '/checkin/sessions/', rule: siteEveryone },
    covered: {
      POST: 'sign-in as on /checkin/; a switch (intent=switch) calls switchSessionAccess, refused by role in tests/int/session-access.test.ts; the officer’s switch: tests/e2e/session-access.spec.ts',
    },
  },
  'documents/[id]/[file].ts': {
    GET: {
      url: (fx) => `/documents/${fx.content.documentId}/${fx.content.documentFile}`,
      rule: pressOnly,
    },
  },
  'documents/index.astro': { GET: { url: () => '/documents/', rule: siteEveryone } },
  // The archive and each public event's own pages (the seed's archived congress): public to all.
  'events/index.astro': { GET: { url: () => '/events/', rule: siteEveryone } },
  'events/[slug]/index.astro': { GET: { url: () => `${CONGRESS}/`, rule: siteEveryone } },
  'events/[slug]/schedule.astro': {
    GET: { url: () => `${CONGRESS}/schedule/`, rule: siteEveryone },
  },
  'events/[slug]/schedule.ics.ts': {
    GET: { url: () => `${CONGRESS}/schedule.ics`, rule: siteEveryone },
  },
  'events/[slug]/releases.astro': {
    GET: { url: () => `${CONGRESS}/releases/`, rule: siteEveryone },
  },
  'events/[slug]/galleries.astro': {
    GET: { url: () => `${CONGRESS}/galleries/`, rule: siteEveryone },
  },
  'events/[slug]/documents.astro': {
    GET: { url: () => `${CONGRESS}/documents/`, rule: siteEveryone },
  },
  'events/[slug]/rules.astro': { GET: { url: () => `${CONGRESS}/rules/`, rule: siteEveryone } },
  'galleries/[slug].astro': {
    GET: { url: (fx) => `/galleries/${fx.content.gallerySlug}/`, rule: siteEveryone },
  },
  'galleries/[slug]/original/[media].ts': {
    GET: {
      url: (fx) => `/galleries/${fx.content.gallerySlug}/original/${fx.content.galleryMediaId}`,
      rule: pressOnly,
    },
  },
  'galleries/index.astro': { GET: { url: () => '/galleries/', rule: siteEveryone } },
  'health.ts': { GET: { url: () => '/health', rule: siteEveryone } },
  // The original of a gallery photo through the public upload route: press-only on every channel (§8).
  'media/[file].ts': {
    GET: { url: (fx) => `/media/${fx.content.galleryOriginal}`, rule: { journalist: 'any' } },
  },
  'news/[slug].astro': {
    GET: { url: (fx) => `/news/${fx.content.newsSlug}/`, rule: siteEveryone },
  },
  'news/index.astro': { GET: { url: () => '/news/', rule: siteEveryone } },
  // The pool form's answer: the press only; an upload without a session is refused (404).
  'press/pool.astro': {
    GET: { url: () => '/press/pool', rule: pressOnly },
    POST: { url: () => '/press/pool', rule: invalid, form: { intent: 'upload' } },
  },
  // A pool photo's original: the accredited press of its event only (none planted: 404 for all).
  'press/pool/[id]/[file].ts': { GET: { url: () => '/press/pool/1/original', rule: nobody } },
  'outlet/index.astro': {
    GET: {
      url: () => '/outlet/',
      rule: {
        anonymous: 'own',
        applicant: 'own',
        journalist: 'own',
        checkin: 'own',
        editor: 'own',
        officer: 'own',
        admin: 'own',
        manager: 'allow',
      },
    },
    covered: {
      POST: 'sign-in: the manager signs in through it in the set-up; nominating, replacing and withdrawing: tests/e2e/nominations.spec.ts',
    },
  },
  'outlet/apply.astro': {
    GET: { url: () => '/outlet/apply', rule: siteEveryone },
    // No letter: refused for everyone, nothing stored.
    POST: {
      url: () => '/outlet/apply',
      rule: invalid,
      form: { name: 'Ai Đó', email: 'x@example.vn' },
    },
  },
  'outlet/forgot.astro': {
    GET: { url: () => '/outlet/forgot', rule: siteEveryone },
    POST: { url: () => '/outlet/forgot', rule: siteEveryone, form: { email: 'nobody@example.vn' } },
  },
  'outlet/logout.ts': {
    covered: {
      POST: 'would end the matrix’s own manager session; the same sign-out operation as /press/logout',
    },
  },
  'outlet/password.astro': {
    GET: { url: () => '/outlet/password', rule: siteEveryone },
    POST: {
      url: () => '/outlet/password',
      rule: invalid,
      form: {
        token: 'forged-link-token',
        password: 'a long enough password',
        confirm: 'a long enough password',
      },
    },
  },
  // A nominee's personal link: a guessed one opens nothing, for anyone.
  'outlet/nominee/[token].astro': {
    GET: { url: () => '/outlet/nominee/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/', rule: nobody },
    POST: {
      url: () => '/outlet/nominee/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/',
      rule: invalid,
      form: { fullName: 'Ai Đó' },
    },
  },
  // The interview form's target (requestInterview): an empty form is refused as bad input for the
  // journalist, everyone else is not signed in (401); a GET sends back to /press/.
  'press/interviews.astro': {
    GET: { url: () => '/press/interviews', rule: notOurConcern },
    POST: { url: () => '/press/interviews', rule: invalid, form: { topic: '' } },
  },
  // The .ics of one's own scheduled interview: a guessed id opens nothing, for anyone.
  'press/interviews/[id].ics.ts': {
    GET: { url: () => '/press/interviews/999999.ics', rule: nobody },
  },
  // A delegation contact's consent link: a forged one opens nothing (404) and answers nothing.
  'interviews/consent/[token].astro': {
    GET: {
      url: () =>
        '/interviews/consent/1.9999999999.forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/',
      rule: nobody,
    },
    POST: {
      url: () =>
        '/interviews/consent/1.9999999999.forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/',
      rule: invalid,
      form: { answer: 'accept' },
    },
  },
  'press/forgot.astro': {
    GET: { url: () => '/press/forgot', rule: siteEveryone },
    covered: { POST: 'four reset requests in a second' },
  },
  'press/index.astro': {
    GET: {
      url: () => '/press/',
      rule: {
        anonymous: 'own',
        applicant: 'own',
        journalist: 'allow',
        checkin: 'own',
        editor: 'own',
        officer: 'own',
        admin: 'own',
        manager: 'own',
      },
    },
    covered: { POST: 'sign-in: the journalist signs in through it in the set-up' },
  },
  // The one-screen application: an event nobody can apply to (0) is refused for the journalist
  // too (404); everyone else is not signed in (401). The real application is the press e2e spec.
  'press/apply/[event].astro': {
    GET: { url: () => '/press/apply/0', rule: nobody },
    POST: { url: () => '/press/apply/0', rule: nobody, form: { days: '2025-10-16' } },
  },
  // Everything held about the signed-in journalist: theirs only (the planted applicant's data never in it).
  'press/my-data.json.ts': { GET: { url: () => '/press/my-data.json', rule: pressOnly } },
  // Without the confirmation box the journalist's request is refused (400); others are not signed in.
  'press/data-deletion.ts': {
    POST: { url: () => '/press/data-deletion', rule: { journalist: 'invalid' }, form: {} },
  },
  'press/keep-profile.ts': {
    POST: {
      url: () => '/press/keep-profile',
      rule: { journalist: 'invalid' },
      form: { keep: 'maybe' },
    },
  },
  'press/release-emails.ts': {
    POST: {
      url: () => '/press/release-emails',
      rule: { journalist: 'invalid' },
      form: { receive: 'maybe' },
    },
  },
  // Press releases by e-mail: the form for everyone (a bad address is refused, 400); a guessed
  // confirm or unsubscribe link shows only its button, and pressing it is refused (404).
  'subscribe/index.astro': {
    GET: { url: () => '/subscribe/', rule: siteEveryone },
    POST: { url: () => '/subscribe/', rule: invalid, form: { email: 'not-an-address' } },
  },
  'subscribe/confirm/[token].astro': {
    GET: { url: () => '/subscribe/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/', rule: siteEveryone },
    POST: {
      url: () => '/subscribe/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/',
      rule: invalid,
      form: {},
    },
  },
  'subscribe/unsubscribe/[token].astro': {
    GET: { url: () => '/subscribe/unsubscribe/s1.AAAAAAAAAAAAAAAAAAAAAA/', rule: siteEveryone },
    POST: {
      url: () => '/subscribe/unsubscribe/s1.AAAAAAAAAAAAAAAAAAAAAA/',
      rule: invalid,
      form: {},
    },
  },
  'press/logout.ts': { covered: { POST: 'sign-out then reuse of the copied cookie' } },
  'press/password.astro': {
    GET: { url: () => '/press/password', rule: siteEveryone },
    POST: {
      url: () => '/press/password',
      rule: invalid,
      form: {
        token: 'forged-link-token',
        password: 'a long enough password',
        confirm: 'a long enough password',
      },
    },
  },
  // An editor's preview: opens only with the link the admin made for THAT document. Anonymous
  // callers come without a link; every other role brings a genuine link of another article.
  'preview/[collection]/[id].astro': {
    GET: {
      url: (fx, role) =>
        `/preview/news/${fx.preview.newsId}/` +
        (role === 'anonymous' ? '' : `?t=${fx.preview.tokenOfAnotherArticle}`),
      rule: nobody,
    },
  },
  // Live coverage (the session planted is covered live, now ended). The stream answers a client
  // that does not ask for text/event-stream with what is there and the end, so this probe ends.
  'live/[id]/index.astro': {
    GET: { url: (fx) => `/live/${fx.content.sessionId}/`, rule: siteEveryone },
  },
  'live/[id]/events.ts': {
    GET: { url: (fx) => `/live/${fx.content.sessionId}/events?lastEventId=0`, rule: siteEveryone },
  },
  'live/[id]/rss.xml.ts': {
    GET: { url: (fx) => `/live/${fx.content.sessionId}/rss.xml`, rule: siteEveryone },
  },
  'releases/[slug].astro': {
    GET: { url: (fx) => `/releases/${fx.content.releaseSlug}/`, rule: siteEveryone },
  },
  'releases/index.astro': { GET: { url: () => '/releases/', rule: siteEveryone } },
  'robots.txt.ts': { GET: { url: () => '/robots.txt', rule: siteEveryone } },
  'rss/news.xml.ts': { GET: { url: () => '/rss/news.xml', rule: siteEveryone } },
  'rss/releases.xml.ts': { GET: { url: () => '/rss/releases.xml', rule: siteEveryone } },
  'rules/[version].astro': {
    GET: { url: (fx) => `/rules/${fx.content.rulesVersion}/`, rule: siteEveryone },
  },
  'rules/index.astro': { GET: { url: () => '/rules/', rule: siteEveryone } },
  'schedule.ics.ts': { GET: { url: () => '/schedule.ics', rule: siteEveryone } },
  'schedule/[id].ics.ts': {
    GET: { url: (fx) => `/schedule/${fx.content.sessionId}.ics`, rule: siteEveryone },
  },
  'schedule/index.astro': { GET: { url: () => '/schedule/', rule: siteEveryone } },
  'search.astro': { GET: { url: () => '/search?q=test', rule: siteEveryone } },
  'sitemap.xml.ts': { GET: { url: () => '/sitemap.xml', rule: siteEveryone } },
}

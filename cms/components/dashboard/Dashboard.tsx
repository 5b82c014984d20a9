import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { statusLabels, roleLabels } from '~/cms/collections/AccreditationRequests/labels'
import { editorFigures } from '~/cms/dashboard/editor'
import { officerFigures } from '~/cms/dashboard/officer'
import { featuredEvent } from '~/cms/events/featuredEvent'
import { readCheckInLists } from '~/cms/checkin/operations/readCheckInLists'
import { type DoorFigures, doorFigures } from '~/cms/dashboard/door'
import { barShare } from '~/cms/lib/dashboard/figures'
import { formatDateTime, formatDay, formatWaited } from '~/cms/lib/dashboard/format'
import { type DashboardLabel, dashboardLabel, zoneName } from '~/cms/lib/dashboard/labels'
import { canCheckIn, canEditContent, canHandleAccreditation } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'
import { AdmissionsChart } from './AdmissionsChart'
import { ReleaseDistribution } from './ReleaseDistribution'

const STYLE = `
.dash h2 { margin: 1.5rem 0 0.75rem; }
.dash h3 { margin: 0 0 0.5rem; font-size: 1rem; }
.dash-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 1rem; }
.dash-card { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: 1rem; background: var(--theme-elevation-0); }
.dash-wide { grid-column: 1 / -1; }
.dash-figures { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
.dash-figures a { display: flex; justify-content: space-between; gap: 1rem; text-decoration: none; padding: 0.15rem 0; }
.dash-figures a:hover span { text-decoration: underline; }
.dash-figures strong { font-variant-numeric: tabular-nums; white-space: nowrap; }
.dash-big { font-size: 2rem; font-weight: 600; line-height: 1.1; text-decoration: none; }
.dash-bar { height: 10px; background: var(--theme-elevation-100); border-radius: 5px; overflow: hidden; }
.dash-bar > div { height: 100%; background: #1f5f99; }
.dash-bar.full > div { background: #a61b1b; }
.dash-quota { display: grid; grid-template-columns: minmax(160px, 2fr) 3fr auto; gap: 0.35rem 1rem; align-items: center; }
.dash-quota a { text-decoration: none; }
.dash-table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.dash-table th, .dash-table td { padding: 0.2rem 0.75rem; text-align: right; border-bottom: 1px solid var(--theme-elevation-100); }
.dash-table th:first-child { text-align: left; }
.dash-table thead th { white-space: nowrap; }
.dash-muted { color: var(--theme-elevation-500); }
`

type T = (key: DashboardLabel) => string

function FigureList({
  rows,
  testId,
}: {
  rows: { label: string; count: number; href: string }[]
  testId: string
}) {
  return (
    <ul className="dash-figures" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.href}>
          <a href={row.href}>
            <span>{row.label}</span>
            <strong>{row.count}</strong>
          </a>
        </li>
      ))}
    </ul>
  )
}

async function OfficerSection({
  req,
  event,
  language,
  t,
}: {
  req: AdminViewServerProps['initPageResult']['req']
  event: Event
  language: 'vi' | 'en'
  t: T
}) {
  const at = now()
  const f = await officerFigures(req, event, at)
  const waitingOn = f.needsInformation
  const vettingDone = f.vetting
    .filter((row) => row.result !== 'pending')
    .reduce((sum, row) => sum + row.count, 0)
  const vettingAll = f.vetting.reduce((sum, row) => sum + row.count, 0)
  const vettingNames = {
    pending: t('vettingPending'),
    cleared: t('vettingCleared'),
    flagged: t('vettingFlagged'),
  }
  return (
    <>
      <div className="dash-grid" data-testid="officer-dashboard">
        <section className="dash-card">
          <h3>{t('applications')}</h3>
          <FigureList
            testId="applications-by-status"
            rows={[
              ...f.byStatus.map((row) => ({
                label: statusLabels[row.status][language],
                count: row.count,
                href: row.href,
              })),
              { label: t('allApplications'), count: f.all.count, href: f.all.href },
            ]}
          />
        </section>
        <section className="dash-card" data-testid="oldest-waiting">
          <h3>{t('oldestWaiting')}</h3>
          {f.oldestWaiting ? (
            <>
              <a className="dash-big" href={f.oldestWaiting.href} data-testid="oldest-waiting-link">
                {formatWaited(f.oldestWaiting.createdAt, at, language)}
              </a>
              <p>
                <a href={f.oldestWaiting.href}>
                  {f.oldestWaiting.referenceCode} · {f.oldestWaiting.fullName}
                </a>
                <br />
                <span className="dash-muted">
                  {t('waitingSince')} {formatDateTime(f.oldestWaiting.createdAt)}
                </span>
              </p>
              <p>
                <a href={f.oldestWaiting.listHref}>
                  {statusLabels.submitted[language]} + {statusLabels['in-review'][language]} →
                </a>
              </p>
            </>
          ) : (
            <p className="dash-muted">{t('noneWaiting')}</p>
          )}
          <h3 style={{ marginTop: '1rem' }}>{t('needsInformation')}</h3>
          <a className="dash-big" href={waitingOn.href} data-testid="needs-information">
            {waitingOn.count}
          </a>
          {waitingOn.oldestAskedAt ? (
            <p className="dash-muted">
              {t('askedLongestAgo')}: {formatDateTime(waitingOn.oldestAskedAt)} (
              {formatWaited(waitingOn.oldestAskedAt, at, language)})
            </p>
          ) : (
            <p className="dash-muted">{t('needsInformationNone')}</p>
          )}
        </section>
        <section className="dash-card">
          <h3>{t('vetting')}</h3>
          <p>
            <strong>
              {vettingDone}/{vettingAll}
            </strong>{' '}
            {t('vettingDone')}
          </p>
          <div className="dash-bar" aria-hidden="true">
            <div style={{ width: `${barShare(vettingDone, vettingAll) * 100}%` }} />
          </div>
          <FigureList
            testId="vetting"
            rows={f.vetting.map((row) => ({
              label: vettingNames[row.result],
              count: row.count,
              href: row.href,
            }))}
          />
          <h3 style={{ marginTop: '1rem' }}>{t('passes')}</h3>
          <FigureList
            testId="passes"
            rows={[
              { label: t('passesActive'), ...f.passes.active },
              { label: t('passesRevoked'), ...f.passes.revoked },
            ]}
          />
        </section>
        <section className="dash-card">
          <h3>{t('admissionsToday')}</h3>
          <FigureList
            testId="admissions-today"
            rows={[
              ...f.admissionsToday.map((row) => ({
                label: zoneName(language, row.zone),
                count: row.count,
                href: row.href,
              })),
              { label: t('refusedToday'), ...f.refusedToday },
            ]}
          />
        </section>
        <section className="dash-card dash-wide" data-testid="quota">
          <h3>{t('quota')}</h3>
          {f.quota.length ? (
            <div className="dash-quota">
              {f.quota.map((row) => (
                <a
                  key={row.href}
                  href={row.href}
                  style={{ display: 'contents' }}
                  aria-label={`${row.outletName} · ${roleLabels[row.role][language]}: ${row.used} ${t('quotaOf')} ${row.quota}`}
                >
                  <span>
                    {row.outletName} · {roleLabels[row.role][language]}
                  </span>
                  <div className={`dash-bar${row.used >= row.quota ? ' full' : ''}`}>
                    <div style={{ width: `${barShare(row.used, row.quota) * 100}%` }} />
                  </div>
                  <strong>
                    {row.used}/{row.quota}
                  </strong>
                </a>
              ))}
            </div>
          ) : (
            <p className="dash-muted">{t('quotaNone')}</p>
          )}
        </section>
      </div>
      <h2>{t('perHour')}</h2>
      <DoorChart door={f.door} language={language} t={t} />
    </>
  )
}

/** The day's admissions per list and hour: the chart with its table, or a word that none came yet. */
function DoorChart({ door, language, t }: { door: DoorFigures; language: 'vi' | 'en'; t: T }) {
  return (
    <section className="dash-card" data-testid="door-dashboard">
      {door.admitted ? (
        <AdmissionsChart data={door.perHour} language={language} />
      ) : (
        <p className="dash-muted">{t('admissionsNone')}</p>
      )}
    </section>
  )
}

/**
 * The check-in lead's home: today's lists (every event with a list today), each with its
 * admissions and refusals per list and its admissions per list and hour. Counts only: check-in
 * staff never read the log's rows, so nothing here links to them.
 */
async function DoorSection({
  req,
  language,
  t,
}: {
  req: AdminViewServerProps['initPageResult']['req']
  language: 'vi' | 'en'
  t: T
}) {
  const lists = await readCheckInLists(req, { locale: language })
  if (!lists.lists.length)
    return (
      <section className="dash-card" data-testid="door-lead-dashboard">
        <p>{t('noListToday')}</p>
        {lists.next ? (
          <p className="dash-muted">
            {t('nextList')} {formatDay(lists.next.day)} · {lists.next.event.name}
          </p>
        ) : null}
      </section>
    )
  const figures = await Promise.all(
    lists.lists.map(async (list) => ({
      list,
      door: await doorFigures(req, { event: list.event.id, day: list.day, zones: list.zones }),
    })),
  )
  return (
    <div data-testid="door-lead-dashboard">
      {figures.map(({ list, door }) => (
        <div key={String(list.event.id)}>
          <h2>
            {t('doorToday')} · {list.event.name} · {formatDay(list.day)}
          </h2>
          <div className="dash-grid">
            <section className="dash-card">
              <table className="dash-table" data-testid="door-lists">
                <thead>
                  <tr>
                    <th scope="col">{t('list')}</th>
                    <th scope="col">{t('admitted')}</th>
                    <th scope="col">{t('refused')}</th>
                  </tr>
                </thead>
                <tbody>
                  {door.lists.map((row) => (
                    <tr key={row.zone}>
                      <th scope="row">{zoneName(language, row.zone)}</th>
                      <td>{row.admitted}</td>
                      <td>{row.refused}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('total')}</th>
                    <td>{door.admitted}</td>
                    <td>{door.refused}</td>
                  </tr>
                </tfoot>
              </table>
            </section>
          </div>
          <h3 style={{ margin: '1rem 0 0.5rem' }}>{t('perHour')}</h3>
          <DoorChart door={door} language={language} t={t} />
        </div>
      ))}
    </div>
  )
}

async function EditorSection({
  req,
  language,
  t,
}: {
  req: AdminViewServerProps['initPageResult']['req']
  language: 'vi' | 'en'
  t: T
}) {
  const at = now()
  const f = await editorFigures(req, at)
  return (
    <div className="dash-grid" data-testid="editor-dashboard">
      <section className="dash-card">
        <h3>{t('drafts')}</h3>
        <FigureList
          testId="drafts"
          rows={f.perCollection.map((row) => ({ label: t(row.collection), ...row.drafts }))}
        />
        <h3 style={{ marginTop: '1rem' }}>{t('scheduled')}</h3>
        <FigureList
          testId="scheduled"
          rows={f.perCollection.map((row) => ({ label: t(row.collection), ...row.scheduled }))}
        />
      </section>
      <section className="dash-card" data-testid="embargoes">
        <h3>
          <a href={f.embargoesList}>{t('embargoes')}</a>
        </h3>
        {f.embargoes.length ? (
          <ul className="dash-figures">
            {f.embargoes.map((row) => (
              <li key={row.id}>
                <a href={row.href}>
                  <span>{row.title}</span>
                  <strong>{formatDateTime(row.embargoUntil)}</strong>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="dash-muted">{t('embargoesNone')}</p>
        )}
      </section>
      <section className="dash-card" data-testid="last-published">
        <h3>{t('lastPublished')}</h3>
        {f.lastPublished.length ? (
          <ul className="dash-figures">
            {f.lastPublished.map((row) => (
              <li key={`${row.collection}-${row.id}`}>
                <a href={row.href}>
                  <span>
                    {row.title} <span className="dash-muted">· {t(row.collection)}</span>
                  </span>
                  <strong>{formatDateTime(row.publishedAt)}</strong>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="dash-muted">{t('nothingPublished')}</p>
        )}
      </section>
      <ReleaseDistribution release={f.latestRelease} language={language} />
    </div>
  )
}

/**
 * The admin's home, by role: the accreditation desk (and its door) for officers, the newsroom
 * for editors, both for admins, the door's day for check-in staff. Every figure is read with the
 * caller's own access and links to the list it counts (the door's counts, read by doorFigures,
 * link nowhere for check-in staff, who may not read the log). Replaces Payload's stock dashboard
 * (admin.components.views.dashboard).
 */
export async function Dashboard(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const language = req.i18n?.language === 'en' ? 'en' : 'vi'
  const t: T = (key) => dashboardLabel(language, key)
  const user = req.user
  const officer = canHandleAccreditation(user)
  const editor = canEditContent(user)
  // An admin (who also checks in) reads the door in the officer's section.
  const doorLead = canCheckIn(user) && !officer
  const event = officer ? await featuredEvent(req, { locale: language }) : null
  return (
    <Gutter className="dash">
      <style>{STYLE}</style>
      <h1>{t('title')}</h1>
      <p className="dash-muted">
        {t('generatedAt')} {formatDateTime(now())}
        {event ? ` · ${t('event')}: ${event.name}` : ''}
      </p>
      {officer && event ? (
        <OfficerSection req={req} event={event} language={language} t={t} />
      ) : null}
      {officer && !event ? <p>{t('noEvent')}</p> : null}
      {officer && editor ? <h2>{t('content')}</h2> : null}
      {editor ? <EditorSection req={req} language={language} t={t} /> : null}
      {doorLead ? <DoorSection req={req} language={language} t={t} /> : null}
    </Gutter>
  )
}

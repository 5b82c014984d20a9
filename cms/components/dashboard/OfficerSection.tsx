import { statusLabels, roleLabels } from '~/cms/collections/AccreditationRequests/labels'
import { officerFigures } from '~/cms/dashboard/officer'
import { barShare } from '~/cms/lib/dashboard/figures'
import { formatDateTime, formatWaited } from '~/cms/lib/dashboard/format'
import { zoneName } from '~/cms/lib/dashboard/labels'
import { now } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'
import { DoorChart, FigureList, type Req, type T } from './parts'

/** The accreditation desk for the featured event: each figure links to the list it counts. */
export async function OfficerSection({
  req,
  event,
  language,
  t,
}: {
  req: Req
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

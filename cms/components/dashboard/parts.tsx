import type { DashboardLabel } from '~/cms/lib/dashboard/labels'
import type { DoorFigures } from '~/cms/dashboard/door'
import type { AdminViewServerProps } from 'payload'
import { AdmissionsChart } from './AdmissionsChart'

/** The dashboard's styles (Payload's theme variables). */
export const STYLE = `
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

/** A dashboard word in the admin's language. */
export type T = (key: DashboardLabel) => string

/** Figures, each a link to the list it counts. */
export function FigureList({
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

/** The admin page's request: the caller, with their own access. */
export type Req = AdminViewServerProps['initPageResult']['req']

/** The day's admissions per list and hour: the chart with its table, or a word that none came yet. */
export function DoorChart({
  door,
  language,
  t,
}: {
  door: DoorFigures
  language: 'vi' | 'en'
  t: T
}) {
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

import { readCheckInLists } from '~/cms/checkin/operations/readCheckInLists'
import { doorFigures } from '~/cms/dashboard/door'
import { formatDay } from '~/cms/lib/dashboard/format'
import { zoneName } from '~/cms/lib/dashboard/labels'
import { DoorChart, type Req, type T } from './parts'

/**
 * The check-in lead's home: today's lists (every event with a list today), each with its
 * admissions and refusals per list and its admissions per list and hour. Counts only: check-in
 * staff never read the log's rows, so nothing here links to them.
 */
export async function DoorSection({ req, language, t }: { req: Req; language: 'vi' | 'en'; t: T }) {
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

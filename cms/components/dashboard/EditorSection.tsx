import { editorFigures } from '~/cms/dashboard/editor'
import { formatDateTime } from '~/cms/lib/dashboard/format'
import { now } from '~/cms/lib/time'
import { ReleaseDistribution } from './ReleaseDistribution'
import { FigureList, type Req, type T } from './parts'

/** The newsroom: drafts, scheduled items, embargoes lifting soon, the last published. */
export async function EditorSection({
  req,
  language,
  t,
}: {
  req: Req
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

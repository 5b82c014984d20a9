import { axisTicks, type HourlyAdmissions } from '~/cms/lib/dashboard/figures'
import { dashboardLabel, zoneName } from '~/cms/lib/dashboard/labels'

const COLOURS = ['#a61b1b', '#1f5f99', '#2f7d32', '#8a5a00', '#6a3d9a']
const W = 640
const H = 260
const M = { top: 16, right: 12, bottom: 48, left: 52 }

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`

/**
 * Admissions per check-in list and hour, drawn on the server as an SVG (grouped bars, labelled
 * axes, a title and a description for screen readers), with the same numbers in a table beside it.
 */
export function AdmissionsChart({ data, language }: { data: HourlyAdmissions; language: string }) {
  const t = (key: Parameters<typeof dashboardLabel>[1]) => dashboardLabel(language, key)
  const ticks = axisTicks(data.peak)
  const top = ticks[ticks.length - 1]!
  const plotW = W - M.left - M.right
  const plotH = H - M.top - M.bottom
  const slot = plotW / data.hours.length
  const barW = Math.max(2, (slot * 0.8) / Math.max(1, data.lists.length))
  const y = (value: number) => M.top + plotH - (value / top) * plotH
  const summary = `${data.total} ${t('chartSummary')}: ${data.lists
    .map((list) => `${zoneName(language, list)} ${data.totals[list]}`)
    .join(', ')}`
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'flex-start' }}>
      <figure style={{ margin: 0 }}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          height={H}
          role="img"
          aria-labelledby="admissions-chart-title admissions-chart-desc"
          data-testid="admissions-chart"
          style={{ maxWidth: '100%', height: 'auto', fontSize: 12 }}
        >
          <title id="admissions-chart-title">{t('perHour')}</title>
          <desc id="admissions-chart-desc">{summary}</desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={M.left}
                x2={W - M.right}
                y1={y(tick)}
                y2={y(tick)}
                stroke="currentColor"
                strokeOpacity={tick === 0 ? 0.6 : 0.15}
              />
              <text x={M.left - 6} y={y(tick) + 4} textAnchor="end" fill="currentColor">
                {tick}
              </text>
            </g>
          ))}
          {data.hours.map((hour, h) => (
            <g key={hour}>
              {data.lists.map((list, i) => {
                const value = data.counts[list]![h]!
                const x = M.left + h * slot + slot * 0.1 + i * barW
                return (
                  <rect
                    key={list}
                    x={x}
                    y={y(value)}
                    width={barW - 1}
                    height={M.top + plotH - y(value)}
                    fill={COLOURS[i % COLOURS.length]}
                  >
                    <title>{`${hh(hour)} · ${zoneName(language, list)}: ${value}`}</title>
                  </rect>
                )
              })}
              <text
                x={M.left + h * slot + slot / 2}
                y={M.top + plotH + 16}
                textAnchor="middle"
                fill="currentColor"
              >
                {String(hour).padStart(2, '0')}
              </text>
            </g>
          ))}
          <text x={M.left + plotW / 2} y={H - 8} textAnchor="middle" fill="currentColor">
            {t('hourAxis')}
          </text>
          <text
            transform={`translate(14 ${M.top + plotH / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="currentColor"
          >
            {t('countAxis')}
          </text>
        </svg>
        <figcaption style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          {data.lists.map((list, i) => (
            <span key={list}>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  marginRight: 4,
                  background: COLOURS[i % COLOURS.length],
                }}
              />
              {zoneName(language, list)}
            </span>
          ))}
        </figcaption>
      </figure>
      <table className="dash-table" data-testid="admissions-table">
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('perHour')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hour')}</th>
            {data.lists.map((list) => (
              <th scope="col" key={list}>
                {zoneName(language, list)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.hours.map((hour, h) => (
            <tr key={hour}>
              <th scope="row">{hh(hour)}</th>
              {data.lists.map((list) => (
                <td key={list}>{data.counts[list]![h]}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {data.lists.map((list) => (
              <td key={list}>{data.totals[list]}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

'use client'

import { useEffect, useState } from 'react'

import { labelIn, zoneLabels } from '~/cms/lib/labels'
import { useAdminLanguage } from './useAdminLanguage'

type Attendance = {
  lists: { day: string; zone: string; admitted: number; people: number; refused: number }[]
  byHour: { hour: string; admitted: number }[]
  total: { scans: number; admitted: number; refused: number; offline: number }
}

/** Above the check-in log: counts per list, admissions per hour as bars, and the CSV export. */
export function AttendancePanel() {
  const [data, setData] = useState<Attendance | null>(null)
  const { language, pick } = useAdminLanguage()
  useEffect(() => {
    fetch('/api/check-ins/attendance', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then(setData, () => setData(null))
  }, [])
  if (!data) return null
  const peak = Math.max(1, ...data.byHour.map((h) => h.admitted))
  return (
    <section
      style={{ margin: '0 0 1.5rem' }}
      aria-label={pick({ vi: 'Số lượt vào', en: 'Attendance' })}
    >
      <p>
        <strong>{data.total.admitted}</strong> {pick({ vi: 'lượt vào', en: 'admitted' })} ·{' '}
        {data.total.refused} {pick({ vi: 'bị từ chối', en: 'refused' })} · {data.total.offline}{' '}
        {pick({ vi: 'lượt quét khi mất mạng', en: 'offline scans' })} ·{' '}
        <a href="/api/check-ins/attendance.csv" download>
          CSV
        </a>
      </p>
      <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', paddingRight: '1rem' }}>
              {pick({ vi: 'Ngày', en: 'Day' })}
            </th>
            <th style={{ textAlign: 'left', paddingRight: '1rem' }}>
              {pick({ vi: 'Khu vực', en: 'Zone' })}
            </th>
            <th style={{ textAlign: 'right', paddingRight: '1rem' }}>
              {pick({ vi: 'Lượt vào', en: 'Admitted' })}
            </th>
            <th style={{ textAlign: 'right', paddingRight: '1rem' }}>
              {pick({ vi: 'Số người', en: 'People' })}
            </th>
            <th style={{ textAlign: 'right' }}>{pick({ vi: 'Từ chối', en: 'Refused' })}</th>
          </tr>
        </thead>
        <tbody>
          {data.lists.map((list) => (
            <tr key={`${list.day}${list.zone}`}>
              <td style={{ paddingRight: '1rem' }}>{list.day.split('-').reverse().join('/')}</td>
              <td style={{ paddingRight: '1rem' }}>{labelIn(zoneLabels, list.zone, language)}</td>
              <td style={{ textAlign: 'right', paddingRight: '1rem' }}>{list.admitted}</td>
              <td style={{ textAlign: 'right', paddingRight: '1rem' }}>{list.people}</td>
              <td style={{ textAlign: 'right' }}>{list.refused}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div
        role="img"
        aria-label={pick({ vi: 'Lượt vào theo giờ', en: 'Admissions per hour' })}
        style={{ display: 'flex', alignItems: 'flex-end', gap: 4, height: 120 }}
      >
        {data.byHour.map((hour) => (
          <div
            key={hour.hour}
            title={`${hour.hour}: ${hour.admitted}`}
            style={{ width: 18, height: `${(hour.admitted / peak) * 100}%`, background: '#a61b1b' }}
          />
        ))}
      </div>
    </section>
  )
}

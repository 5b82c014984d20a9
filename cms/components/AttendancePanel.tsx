'use client'

import { useEffect, useState } from 'react'

type Attendance = {
  lists: { day: string; zone: string; admitted: number; people: number; refused: number }[]
  byHour: { hour: string; admitted: number }[]
  total: { scans: number; admitted: number; refused: number; offline: number }
}

/** Above the check-in log: counts per list, admissions per hour as bars, and the CSV export. */
export function AttendancePanel() {
  const [data, setData] = useState<Attendance | null>(null)
  useEffect(() => {
    fetch('/api/check-ins/attendance', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then(setData, () => setData(null))
  }, [])
  if (!data) return null
  const peak = Math.max(1, ...data.byHour.map((h) => h.admitted))
  return (
    <section style={{ margin: '0 0 1.5rem' }} aria-label="Attendance">
      <p>
        <strong>{data.total.admitted}</strong> admitted · {data.total.refused} refused ·{' '}
        {data.total.offline} offline scans ·{' '}
        <a href="/api/check-ins/attendance.csv" download>
          CSV
        </a>
      </p>
      <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', paddingRight: '1rem' }}>Day</th>
            <th style={{ textAlign: 'left', paddingRight: '1rem' }}>Zone</th>
            <th style={{ textAlign: 'right', paddingRight: '1rem' }}>Admitted</th>
            <th style={{ textAlign: 'right', paddingRight: '1rem' }}>People</th>
            <th style={{ textAlign: 'right' }}>Refused</th>
          </tr>
        </thead>
        <tbody>
          {data.lists.map((list) => (
            <tr key={`${list.day}${list.zone}`}>
              <td style={{ paddingRight: '1rem' }}>{list.day}</td>
              <td style={{ paddingRight: '1rem' }}>{list.zone}</td>
              <td style={{ textAlign: 'right', paddingRight: '1rem' }}>{list.admitted}</td>
              <td style={{ textAlign: 'right', paddingRight: '1rem' }}>{list.people}</td>
              <td style={{ textAlign: 'right' }}>{list.refused}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div
        role="img"
        aria-label="Admissions per hour"
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

'use client'

import { useState } from 'react'

import { useAdminLanguage } from './useAdminLanguage'

/**
 * Above the applications list: download the open requests for security vetting, and load the
 * authorities' answers back. Bulk approval uses Payload's own "select → Edit → Status".
 */
export function VettingTools() {
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { pick } = useAdminLanguage()

  async function upload(file: File) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch('/api/accreditation-requests/vetting/import', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'text/csv' },
        body: await file.text(),
      })
      const result = (await response.json()) as {
        updated?: number
        unknown?: string[]
        errors?: unknown[]
        error?: string
      }
      setMessage(
        response.ok
          ? pick({
              vi: `Đã cập nhật ${result.updated} hồ sơ`,
              en: `${result.updated} updated`,
            }) +
              (result.unknown?.length
                ? pick({ vi: ' · không tìm thấy: ', en: ' · unknown: ' }) +
                  result.unknown.join(', ')
                : '') +
              (result.errors?.length
                ? ` · ${result.errors.length} ${pick({ vi: 'dòng lỗi', en: 'rows with errors' })}`
                : '')
          : (result.error ?? `${pick({ vi: 'Lỗi', en: 'Error' })} ${response.status}`),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      style={{
        display: 'flex',
        gap: '1rem',
        alignItems: 'center',
        flexWrap: 'wrap',
        margin: '0 0 1rem',
      }}
    >
      <a
        className="btn btn--style-secondary btn--size-small"
        href="/api/accreditation-requests/vetting/export"
        download
      >
        {pick({ vi: 'Xuất danh sách thẩm tra (CSV)', en: 'Export for vetting (CSV)' })}
      </a>
      <label className="btn btn--style-secondary btn--size-small" style={{ cursor: 'pointer' }}>
        {pick({ vi: 'Nhập kết quả thẩm tra', en: 'Import vetting results' })}
        <input
          type="file"
          accept=".csv,text/csv"
          hidden
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void upload(file)
            event.target.value = ''
          }}
        />
      </label>
      {message && <span role="status">{message}</span>}
    </div>
  )
}

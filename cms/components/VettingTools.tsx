'use client'

import { useState } from 'react'

/**
 * Above the applications list: download the open requests for security vetting, and load the
 * authorities' answers back. Bulk approval uses Payload's own "select → Edit → Status".
 */
export function VettingTools() {
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

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
          ? `Đã cập nhật ${result.updated} hồ sơ / ${result.updated} updated` +
              (result.unknown?.length
                ? ` · không tìm thấy / unknown: ${result.unknown.join(', ')}`
                : '') +
              (result.errors?.length
                ? ` · ${result.errors.length} dòng lỗi / rows with errors`
                : '')
          : (result.error ?? `Error ${response.status}`),
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
        Xuất danh sách thẩm tra (CSV) · Export for vetting
      </a>
      <label className="btn btn--style-secondary btn--size-small" style={{ cursor: 'pointer' }}>
        Nhập kết quả thẩm tra · Import vetting results
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

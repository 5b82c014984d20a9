'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On a press release under embargo: "Lift embargo now", which calls the liftEmbargo operation
 * (POST /api/press-releases/:id/lift-embargo) and reloads the release to show its new state.
 */
export function LiftEmbargoButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const embargoUntil = useFormFields(([fields]) => fields.embargoUntil?.value as string | undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const en = i18n.language === 'en'
  if (!id || !embargoUntil || new Date(embargoUntil).getTime() <= Date.now()) return null

  async function lift() {
    if (!window.confirm(en ? 'Make the release public now?' : 'Công khai thông cáo ngay bây giờ?'))
      return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/press-releases/${id}/lift-embargo`, {
        method: 'POST',
        credentials: 'include',
      })
      const result = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      if (response.ok) {
        window.location.reload()
        return
      }
      setMessage(
        result.errors?.[0]?.message ??
          result.message ??
          `${en ? 'Error' : 'Lỗi'} ${response.status}`,
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ margin: '0 0 1.5rem' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={lift}
      >
        {en ? 'Lift embargo now' : 'Dỡ lệnh cấm đăng ngay'}
      </button>
      <p style={{ margin: '0.25rem 0 0' }}>
        {en
          ? 'The release becomes public at once and is e-mailed to subscribers.'
          : 'Thông cáo công khai ngay và được gửi thư tới người đăng ký.'}
      </p>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

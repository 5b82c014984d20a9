'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { useLiveAction } from './useLiveAction'

/**
 * On a posted live update: "Remove", which calls the deleteLiveUpdate operation
 * (POST /api/live-updates/:id/delete). Readers then see "removed at HH:mm"; the text stays on record.
 */
export function RemoveLiveUpdateButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const state = useFormFields(([fields]) => fields.state?.value as string | undefined)
  const [confirming, setConfirming] = useState(false)
  const { run, busy, message } = useLiveAction()
  const en = i18n.language === 'en'
  if (!id || state === 'deleted') return null
  return (
    <div style={{ margin: '0 0 1.5rem' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => (confirming ? run(`/api/live-updates/${id}/delete`) : setConfirming(true))}
      >
        {confirming
          ? en
            ? 'Confirm: remove it'
            : 'Xác nhận gỡ'
          : en
            ? 'Remove from the coverage'
            : 'Gỡ khỏi tường thuật'}
      </button>
      <p style={{ margin: '0.25rem 0 0' }}>
        {en
          ? 'Readers see “removed at HH:mm”; the text stays on record.'
          : 'Độc giả thấy “đã gỡ lúc HH:mm”; nội dung vẫn được lưu hồ sơ.'}
      </p>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On a personal data request: the officer completes it (a deletion erases everything held about
 * the journalist, through completeDataRequest) or refuses it with a reason written in the notes.
 */
export function CompleteDataRequest() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const notes = useFormFields(([fields]) => fields.notes?.value)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || status !== 'received') return null

  async function complete(outcome: 'done' | 'refused') {
    const question =
      outcome === 'done' && kind === 'deletion'
        ? 'Xoá vĩnh viễn mọi dữ liệu của người này? · Erase everything held about this person for good?'
        : 'Xác nhận? · Confirm?'
    if (!window.confirm(question)) return
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/data-requests/${id}/complete`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ outcome, notes: typeof notes === 'string' ? notes : '' }),
      })
      const result = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string }[]
      }
      if (response.ok) window.location.reload()
      else setMessage(result.errors?.[0]?.message ?? `Lỗi / Error ${response.status}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', margin: '0 0 1.5rem' }}>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        onClick={() => complete('done')}
      >
        {kind === 'deletion' ? 'Xoá dữ liệu · Erase the data' : 'Đã thực hiện · Mark done'}
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => complete('refused')}
      >
        Từ chối (ghi lý do) · Refuse (reason in notes)
      </button>
      {message ? <span role="alert">{message}</span> : null}
    </div>
  )
}

'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * On a press account: staff never set a journalist's password, they send a set-password link
 * (the journalist's own address, in their language, through the outbox).
 */
export function SendSetPasswordLink() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  async function send() {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/journalists/${id}/send-set-password-link`, {
        method: 'POST',
        credentials: 'include',
      })
      const result = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      setMessage(
        response.ok
          ? 'Đã gửi đường dẫn đặt mật khẩu · Set-password link sent'
          : (result.errors?.[0]?.message ?? result.message ?? `Lỗi / Error ${response.status}`),
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
        margin: '0 0 1.5rem',
      }}
    >
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={send}
      >
        Gửi đường dẫn đặt mật khẩu · Send a set-password link
      </button>
      {message ? <span role="status">{message}</span> : null}
    </div>
  )
}

'use client'

import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/** Posts to one live-coverage endpoint; reloads the document on success, shows the refusal otherwise. */
export function useLiveAction() {
  const { i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  async function run(path: string) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(path, { method: 'POST', credentials: 'include' })
      if (response.ok) {
        window.location.reload()
        return
      }
      const result = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      setMessage(
        result.errors?.[0]?.message ??
          result.message ??
          `${i18n.language === 'en' ? 'Error' : 'Lỗi'} ${response.status}`,
      )
    } finally {
      setBusy(false)
    }
  }
  return { run, busy, message }
}

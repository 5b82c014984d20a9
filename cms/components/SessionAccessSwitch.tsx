'use client'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { accessChangedWhen } from '~/cms/lib/schedule/accessSwitch'
import { PRESS_ACCESS, type PressAccess } from '~/cms/lib/schedule/sessionTypes'
import { canSwitchSessionAccess } from '~/cms/lib/roles'
import type { User } from '~/cms/payload-types'
import { useAdminLanguage } from './useAdminLanguage'

const NAMES: Record<PressAccess, { vi: string; en: string }> = {
  open: { vi: 'Mở cho báo chí', en: 'Open to the press' },
  pool: { vi: 'Chỉ nhóm đại diện', en: 'Press pool only' },
  closed: { vi: 'Họp kín', en: 'Closed' },
}

/**
 * On a session's edit view: its press access now and when it last changed; for accreditation
 * officers and admins, one button per access, calling the switchSessionAccess operation
 * (POST /api/sessions/:id/access) — the same operation as the staff phone page.
 */
export function SessionAccessSwitch() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { language, pick } = useAdminLanguage()
  const access = useFormFields(([fields]) => fields.pressAccess?.value as PressAccess | undefined)
  const changedAt = useFormFields(
    ([fields]) => fields.pressAccessChangedAt?.value as string | undefined,
  )
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const may = canSwitchSessionAccess(user)

  async function switchTo(next: PressAccess) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/sessions/${id}/access`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ access: next }),
      })
      const result = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      if (response.ok) {
        window.location.reload()
        return
      }
      setMessage(result.errors?.[0]?.message ?? result.message ?? `${response.status}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ margin: '0 0 1.5rem' }} data-session-access>
      <p style={{ margin: 0, fontWeight: 600 }}>
        {pick({ vi: 'Quyền báo chí hiện tại', en: 'Press access now' })}:{' '}
        <span data-access={access}>{access ? pick(NAMES[access]) : '—'}</span>
      </p>
      <p style={{ margin: '0.25rem 0' }}>
        {changedAt
          ? `${pick({ vi: 'Đổi lúc', en: 'Changed at' })} ${accessChangedWhen(changedAt)}`
          : pick({
              vi: 'Chưa đổi từ khi tạo phiên.',
              en: 'Not changed since the session was created.',
            })}
      </p>
      {may ? (
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          {PRESS_ACCESS.map((next) => (
            <button
              key={next}
              type="button"
              className={`btn btn--size-small ${next === access ? 'btn--style-primary' : 'btn--style-secondary'}`}
              disabled={busy || next === access}
              onClick={() => switchTo(next)}
            >
              {pick(NAMES[next])}
            </button>
          ))}
        </div>
      ) : (
        <p style={{ margin: 0 }}>
          {pick({
            vi: 'Chỉ cán bộ cấp thẻ và quản trị viên được đổi quyền báo chí sau khi tạo phiên (có ghi nhật ký).',
            en: 'Only accreditation officers and admins change the press access once the session exists (audited).',
          })}
        </p>
      )}
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { useLiveAction } from './useLiveAction'

/**
 * On a session: "Open live coverage" / "End live coverage", which call the openLiveCoverage and
 * closeLiveCoverage operations (POST /api/sessions/:id/live/open | close), and the phone page's address.
 */
export function LiveCoverageButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const liveState = useFormFields(([fields]) => fields.liveState?.value as string | undefined)
  const { run, busy, message } = useLiveAction()
  const en = i18n.language === 'en'
  if (!id) return null
  const live = liveState === 'live'
  return (
    <div style={{ margin: '0 0 1.5rem' }}>
      <button
        type="button"
        className={`btn btn--style-${live ? 'secondary' : 'primary'} btn--size-small`}
        disabled={busy}
        onClick={() => run(`/api/sessions/${id}/live/${live ? 'close' : 'open'}`)}
      >
        {live
          ? en
            ? 'End live coverage'
            : 'Kết thúc tường thuật'
          : en
            ? 'Open live coverage'
            : 'Mở tường thuật trực tiếp'}
      </button>
      <p style={{ margin: '0.25rem 0 0' }}>
        {en ? 'Post from a phone at ' : 'Đăng từ điện thoại tại '}
        <code>/live/{String(id)}/post/</code>
      </p>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}

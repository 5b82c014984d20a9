'use client'

import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { canHandleAccreditation, canManageApplicantData } from '~/cms/lib/roles'

const WORDS = {
  vi: {
    statusLink: 'Gửi lại đường liên kết hồ sơ',
    setPassword: 'Gửi đường dẫn đặt mật khẩu',
    noAccount: 'Người này chưa có tài khoản khu vực báo chí (hồ sơ chưa được chấp thuận).',
    exportData: 'Xuất dữ liệu (JSON)',
    eraseData: 'Xoá toàn bộ dữ liệu',
    confirmExport:
      'Tải về toàn bộ dữ liệu của người đăng ký này (hồ sơ, tệp, thẻ, nhật ký)? Việc xuất được ghi lại.',
    confirmErase: (code: string) =>
      `Xoá vĩnh viễn toàn bộ dữ liệu của người đăng ký này (hồ sơ, ảnh, thư, thẻ, tài khoản)? Không thể hoàn tác.\nĐể xác nhận, nhập mã hồ sơ ${code}:`,
    exported: (file: string) => `Đã tải về ${file}.`,
    report: 'Xem biên bản',
    adminTools: 'Dữ liệu cá nhân (quản trị viên)',
    officerTools: 'Gửi lại cho người đăng ký',
    error: 'Lỗi',
  },
  en: {
    statusLink: 'Re-send the status link',
    setPassword: 'Send a set-password link',
    noAccount: 'This person has no press-area account yet (the request is not approved).',
    exportData: 'Export data (JSON)',
    eraseData: 'Erase all data',
    confirmExport:
      'Download everything held about this applicant (application, files, pass, audit trail)? The export is recorded.',
    confirmErase: (code: string) =>
      `Erase everything held about this applicant for good (application, portrait, letter, pass, account)? This cannot be undone.\nTo confirm, type the reference code ${code}:`,
    exported: (file: string) => `Downloaded ${file}.`,
    report: 'Open the report',
    adminTools: 'Personal data (admins)',
    officerTools: 'Send to the applicant again',
    error: 'Error',
  },
}

type Answer = { message?: string; report?: string | number; errors?: { message?: string }[] }

/**
 * On an application: officers re-send the status link or a set-password link (operations
 * sendStatusLink and sendSetPasswordLink); admins export or erase the applicant's data
 * (exportApplication, eraseApplication), with a confirmation, and open the kept report.
 */
export function ApplicationTools() {
  const { id, initialData } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const words = i18n.language === 'en' ? WORDS.en : WORDS.vi
  const [message, setMessage] = useState<string | null>(null)
  const [report, setReport] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || !canHandleAccreditation(user as never)) return null
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = `${config.serverURL ?? ''}${config.routes.admin}`
  const referenceCode = String((initialData as { referenceCode?: string })?.referenceCode ?? '')

  async function run(work: () => Promise<void>) {
    setBusy(true)
    setMessage(null)
    setReport(null)
    try {
      await work()
    } catch (error) {
      setMessage(`${words.error}: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }
  const failure = async (response: Response) => {
    const body = (await response.json().catch(() => ({}))) as Answer
    return body.errors?.[0]?.message ?? body.message ?? `${words.error} ${response.status}`
  }
  const post = (path: string, body?: unknown) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })

  const sendStatusLink = () =>
    run(async () => {
      const response = await post(`/accreditation-requests/${id}/send-status-link`)
      setMessage(
        response.ok ? (((await response.json()) as Answer).message ?? '') : await failure(response),
      )
    })

  const sendSetPasswordLink = () =>
    run(async () => {
      const found = await fetch(
        `${api}/journalists?where[request][equals]=${encodeURIComponent(String(id))}&limit=1&depth=0`,
        { credentials: 'include' },
      )
      const account = ((await found.json().catch(() => ({}))) as { docs?: { id: string }[] })
        .docs?.[0]
      if (!account) return setMessage(words.noAccount)
      const response = await post(`/journalists/${account.id}/send-set-password-link`)
      setMessage(
        response.ok ? (((await response.json()) as Answer).message ?? '') : await failure(response),
      )
    })

  const exportData = () =>
    run(async () => {
      if (!window.confirm(words.confirmExport)) return
      const response = await post(`/accreditation-requests/${id}/export`)
      if (!response.ok) return setMessage(await failure(response))
      const filename =
        /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ??
        `${referenceCode}.json`
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement('a')
      link.href = url
      link.download = filename
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setMessage(words.exported(filename))
      setReport(response.headers.get('X-Data-Request'))
    })

  const eraseData = () =>
    run(async () => {
      const typed = window.prompt(words.confirmErase(referenceCode))
      if (typed === null) return
      const response = await post(`/accreditation-requests/${id}/erase`, { confirm: typed })
      if (!response.ok) return setMessage(await failure(response))
      const body = (await response.json()) as Answer
      window.location.assign(`${admin}/collections/data-requests/${body.report}`)
    })

  const row = { display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' } as const
  return (
    <div style={{ display: 'grid', gap: '0.75rem', margin: '0 0 1.5rem' }}>
      <div style={row}>
        <strong>{words.officerTools}:</strong>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={sendStatusLink}
        >
          {words.statusLink}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={sendSetPasswordLink}
        >
          {words.setPassword}
        </button>
      </div>
      {canManageApplicantData(user as never) ? (
        <div style={row}>
          <strong>{words.adminTools}:</strong>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={exportData}
          >
            {words.exportData}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            style={{ color: '#9b1c1c', borderColor: '#9b1c1c' }}
            disabled={busy}
            onClick={eraseData}
          >
            {words.eraseData}
          </button>
        </div>
      ) : null}
      {message ? (
        <div role="status" style={row}>
          <span>{message}</span>
          {report ? (
            <a href={`${admin}/collections/data-requests/${report}`}>{words.report}</a>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

'use client'

import { useSelection, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const TEXT = {
  vi: {
    heading: 'In thẻ hàng loạt',
    hint: 'Chọn thẻ trong danh sách (hoặc lọc theo sự kiện, cơ quan rồi chọn tất cả): một tệp PDF, 4 thẻ A6 trên mỗi tờ A4, có dấu cắt. Thẻ đã thu hồi không được in.',
    print: (n: number) => `In ${n} thẻ đã chọn (PDF)`,
    none: 'Chọn thẻ để in',
    busy: 'Đang tạo PDF…',
    done: (printed: number, skipped: number, why: string) =>
      `Đã tạo PDF: ${printed} thẻ.${skipped ? ` Không in ${skipped} thẻ: ${why}.` : ''}`,
  },
  en: {
    heading: 'Batch badge printing',
    hint: 'Select passes in the list (or filter by event or outlet, then select all): one PDF, four A6 badges per A4 sheet, with crop marks. Revoked passes are not printed.',
    print: (n: number) => `Print ${n} selected badges (PDF)`,
    none: 'Select passes to print',
    busy: 'Making the PDF…',
    done: (printed: number, skipped: number, why: string) =>
      `PDF ready: ${printed} badges.${skipped ? ` Left out ${skipped}: ${why}.` : ''}`,
  },
}

/**
 * Above the passes list (inside Payload's selection): prints the selected passes, or every pass
 * the list's filter matches when all are selected, as one PDF (GET /api/passes/badges.pdf), and
 * says how many were left out and why.
 */
export function PrintBadges() {
  const { count, selectAll, totalDocs, getQueryParams } = useSelection()
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const selected = selectAll === 'allAvailable' ? totalDocs : count

  async function print() {
    setBusy(true)
    setMessage(text.busy)
    try {
      const lang = i18n.language === 'en' ? 'en' : 'vi'
      const response = await fetch(`/api/passes/badges.pdf${getQueryParams()}&lang=${lang}`, {
        credentials: 'include',
      })
      if (!response.ok) {
        const result = (await response.json().catch(() => ({}))) as {
          errors?: { message?: string }[]
        }
        setMessage(result.errors?.[0]?.message ?? `${response.status}`)
        return
      }
      const blob = await response.blob()
      const link = document.createElement('a')
      link.href = URL.createObjectURL(blob)
      link.download = `badges-${response.headers.get('X-Badges-Printed') ?? ''}.pdf`
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
      setMessage(
        text.done(
          Number(response.headers.get('X-Badges-Printed') ?? 0),
          Number(response.headers.get('X-Badges-Skipped') ?? 0),
          decodeURIComponent(response.headers.get('X-Badges-Skipped-Reasons') ?? ''),
        ),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      aria-label={text.heading}
      style={{
        display: 'flex',
        gap: '1rem',
        alignItems: 'center',
        flexWrap: 'wrap',
        margin: '0 0 1rem',
      }}
    >
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        style={{ margin: 0 }}
        disabled={busy || selected === 0}
        onClick={print}
      >
        {selected ? text.print(selected) : text.none}
      </button>
      <span style={{ flex: '1 1 20rem', color: 'var(--theme-elevation-500)' }}>{text.hint}</span>
      {message ? (
        <p role="status" style={{ flexBasis: '100%', margin: 0, fontWeight: 600 }}>
          {message}
        </p>
      ) : null}
    </section>
  )
}

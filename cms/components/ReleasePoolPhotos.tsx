'use client'

import { useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const TEXT = {
  vi: {
    heading: 'Công bố ảnh pool',
    hint: 'Lọc theo phiên, chọn ảnh rồi bấm Công bố: mỗi ảnh thành ảnh công khai cỡ web (giữ tác giả và chú thích) trong bộ ảnh "Ảnh pool: <phiên>". Bản gốc không bao giờ công khai.',
    release: (n: number) => `Công bố ${n} ảnh đã chọn`,
    none: 'Chọn ảnh để công bố',
    busy: 'Đang công bố…',
    done: (released: number, skipped: number) =>
      `Đã công bố ${released} ảnh.${skipped ? ` ${skipped} ảnh đã công bố từ trước.` : ''}`,
  },
  en: {
    heading: 'Release pool photos',
    hint: 'Filter by session, select photos, then Release: each becomes a public image in web sizes (credit and caption kept) in the gallery "Pool photos: <session>". The original is never public.',
    release: (n: number) => `Release ${n} selected photos`,
    none: 'Select photos to release',
    busy: 'Releasing…',
    done: (released: number, skipped: number) =>
      `Released ${released} photos.${skipped ? ` ${skipped} were released before.` : ''}`,
  },
}

/**
 * Above the pool photos list (inside Payload's selection): releases the selected photos through
 * POST /api/pool-photos/release (releasePoolPhotos) and says what happened.
 */
export function ReleasePoolPhotos() {
  const { selected, count } = useSelection()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function release() {
    setBusy(true)
    setMessage(text.busy)
    try {
      const ids = [...selected.entries()].filter(([, on]) => on).map(([id]) => id)
      const response = await fetch('/api/pool-photos/release', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ ids }),
      })
      const result = (await response.json().catch(() => ({}))) as {
        released?: unknown[]
        skipped?: unknown[]
        errors?: { message?: string }[]
      }
      if (!response.ok) {
        setMessage(result.errors?.[0]?.message ?? `${response.status}`)
        return
      }
      setMessage(text.done(result.released?.length ?? 0, result.skipped?.length ?? 0))
      router.refresh()
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
        disabled={busy || count === 0}
        onClick={release}
      >
        {count ? text.release(count) : text.none}
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

'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { useAdminLanguage } from './useAdminLanguage'

const TEXT = {
  forward: {
    vi: 'Chuyển đến đoàn (gửi đường dẫn xin ý kiến)',
    en: 'Forward to the delegation (consent link)',
  },
  forwarded: {
    vi: 'Đã chuyển đến người liên hệ của đoàn',
    en: 'Forwarded to the delegation’s contact',
  },
  schedule: { vi: 'Xếp lịch', en: 'Schedule' },
  scheduled: {
    vi: 'Đã xếp lịch và gửi lịch (.ics) cho hai bên',
    en: 'Scheduled; both sides were sent the time (.ics)',
  },
  day: { vi: 'Ngày (dd/mm/yyyy)', en: 'Day (dd/mm/yyyy)' },
  start: { vi: 'Bắt đầu (HH:mm)', en: 'Starts (HH:mm)' },
  end: { vi: 'Kết thúc (HH:mm)', en: 'Ends (HH:mm)' },
  room: { vi: 'Phòng', en: 'Room' },
  slot: { vi: 'Lịch phỏng vấn (giờ Việt Nam)', en: 'Interview slot (Vietnam time)' },
}

type Problem = { message: string; field?: string }

/**
 * On an interview request: the officer's two actions, each one call of its operation through the
 * collection's endpoints (forwardInterviewRequest, scheduleInterview). A refusal shows beside the
 * field it concerns (the room taken, the journalist busy), in the admin's language.
 */
export function InterviewActions() {
  const { id } = useDocumentInfo()
  const { pick, language } = useAdminLanguage()
  const router = useRouter()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  // The first preferred window fills the slot in; the officer changes it and adds the room.
  const preferred = useFormFields(([fields]) => fields.preferredTimes?.value as string | undefined)
  const first = /^(\d{2}\/\d{2}\/\d{4}) (\d{2}:\d{2})–(\d{2}:\d{2})/.exec(preferred ?? '')
  const [shownDay, firstFrom, firstTo] = first ? [first[1]!, first[2]!, first[3]!] : ['', '', '']
  const form = useRef<HTMLFieldSetElement>(null)
  if (!id) return null

  async function call(path: string, body: unknown, success: string) {
    setBusy(true)
    setProblem(null)
    setDone(null)
    try {
      const response = await fetch(`/api/interview-requests/${id}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify(body ?? {}),
      })
      const result = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
      }
      if (response.ok) {
        setDone(success)
        router.refresh()
        return
      }
      const first = result.errors?.[0]
      const field = first?.data?.errors?.[0]
      setProblem({
        message: field?.message ?? first?.message ?? `Lỗi / Error ${response.status}`,
        field: field?.path,
      })
    } finally {
      setBusy(false)
    }
  }

  /** dd/MM/yyyy and HH:mm (Vietnam time, 24-hour) as the operation's ISO time, or '' when not valid. */
  const at = (day: string, time: string) => {
    const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(day.trim())
    const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim())
    if (!d || !t) return ''
    const pad = (v: string) => v.padStart(2, '0')
    return `${d[3]}-${pad(d[2]!)}-${pad(d[1]!)}T${pad(t[1]!)}:${t[2]}:00+07:00`
  }
  const value = (name: string) =>
    (form.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '').trim()
  const fieldProblem = (name: string) =>
    problem?.field === name ? (
      <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
        {problem.message}
      </span>
    ) : null

  return (
    <div
      className="interview-actions"
      style={{ margin: '0 0 1.5rem', display: 'grid', gap: '0.75rem' }}
    >
      {status === 'requested' || status === 'no-answer' ? (
        <div>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy}
            onClick={() => call('forward', {}, pick(TEXT.forwarded))}
          >
            {pick(TEXT.forward)}
          </button>
        </div>
      ) : null}
      {status === 'accepted' || status === 'scheduled' ? (
        <fieldset
          ref={form}
          style={{ border: '1px solid var(--theme-elevation-150)', padding: '0.75rem' }}
        >
          <legend>{pick(TEXT.slot)}</legend>
          <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap', alignItems: 'end' }}>
            <label>
              {pick(TEXT.day)}
              <br />
              <input
                name="slotDay"
                key={shownDay}
                defaultValue={shownDay}
                placeholder="dd/mm/yyyy"
                inputMode="numeric"
                size={10}
              />
            </label>
            <label>
              {pick(TEXT.start)}
              <br />
              <input
                name="slotStart"
                key={firstFrom}
                defaultValue={firstFrom}
                placeholder="HH:mm"
                inputMode="numeric"
                size={5}
              />
            </label>
            <label>
              {pick(TEXT.end)}
              <br />
              <input
                name="slotEnd"
                key={firstTo}
                defaultValue={firstTo}
                placeholder="HH:mm"
                inputMode="numeric"
                size={5}
              />
            </label>
            <label>
              {pick(TEXT.room)}
              <br />
              <input name="slotRoom" type="text" />
            </label>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy}
              onClick={() =>
                call(
                  'schedule',
                  {
                    start: at(value('slotDay'), value('slotStart')),
                    end: at(value('slotDay'), value('slotEnd')),
                    room: value('slotRoom'),
                  },
                  pick(TEXT.scheduled),
                )
              }
            >
              {pick(TEXT.schedule)}
            </button>
          </div>
          {fieldProblem('slotStart')}
          {fieldProblem('slotEnd')}
          {fieldProblem('room')}
        </fieldset>
      ) : null}
      {problem && !['slotStart', 'slotEnd', 'room'].includes(problem.field ?? '') ? (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem.message}
        </span>
      ) : null}
      {done ? <span role="status">{done}</span> : null}
    </div>
  )
}

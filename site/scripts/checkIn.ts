import jsQR from 'jsqr'

import { admittedWhen, type EarlierAdmission } from '~/cms/lib/passes/admission'
import type { Verdict } from '~/cms/lib/passes/checkInVerdict'
import { accessChangedWhen } from '~/cms/lib/schedule/accessSwitch'
import {
  applySessionAccess,
  checkOffline,
  flushQueue,
  queuedScans,
  refreshOfflineData,
  type SessionAccessRow,
} from './offlineScanner'

type ScanAnswer = {
  verdict: Verdict
  passNumber: string | null
  holder: { name: string; outlet: string; role: string } | null
  portrait: string | null
  reentry?: boolean
  earlier?: EarlierAdmission | null
  session?: { id: string; access: string } | null
}

/** How often the scanner asks for the sessions' access (a switch reaches it within this, plus a scan). */
export const SESSION_ACCESS_POLL_MS = 4000

/**
 * The scanner: camera frames go through jsQR in the page (no remote script); a code, or a pass
 * number typed by hand, is sent to /checkin/scan with the list (event, today's day or the day an
 * admin opened, zone) and the verdict fills the screen. Without a list today there is no scanner.
 */
export function startCheckIn(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>
  const scanner = root.querySelector<HTMLElement>('[data-scanner]')
  if (!scanner) return
  const eventSelect = root.querySelector<HTMLSelectElement>('select[name="event"]')!
  const zoneSelect = root.querySelector<HTMLSelectElement>('select[name="zone"]')!
  const panel = root.querySelector<HTMLElement>('.verdict')!
  const verdictText = panel.querySelector<HTMLElement>('.verdict-text')!
  const verdictDetail = panel.querySelector<HTMLElement>('.verdict-detail')!
  const holder = panel.querySelector<HTMLElement>('.holder')!
  const photo = panel.querySelector<HTMLImageElement>('img')!
  const video = root.querySelector<HTMLVideoElement>('video')!
  const cameraButton = root.querySelector<HTMLButtonElement>('[data-camera]')!
  const sessionSelect = root.querySelector<HTMLSelectElement>('select[name="session"]')
  const accessLine = root.querySelector<HTMLElement>('[data-session-access]')
  const list = () => ({
    event: eventSelect.value,
    day: scanner.dataset.day ?? '',
    zone: zoneSelect.value,
    ...(scanner.dataset.grant ? { grant: scanner.dataset.grant } : {}),
    ...(sessionSelect?.value ? { session: sessionSelect.value } : {}),
  })
  // The chosen event's sessions only; the chosen session's access now, as last heard.
  const showSessions = () => {
    if (!sessionSelect) return
    for (const option of sessionSelect.options)
      option.hidden = Boolean(option.dataset.event) && option.dataset.event !== eventSelect.value
    if (sessionSelect.selectedOptions[0]?.hidden) sessionSelect.value = ''
    showAccess()
  }
  const showAccess = () => {
    if (!accessLine || !sessionSelect) return
    const chosen = sessionSelect.selectedOptions[0]
    const access = chosen?.value ? (chosen.dataset.access ?? '') : ''
    accessLine.hidden = !access
    accessLine.dataset.access = access
    if (!access) return
    const words = JSON.parse(accessLine.dataset.texts ?? '{}') as Record<string, string>
    const changed = chosen?.dataset.changed
    accessLine.textContent = `${(words.now ?? '').replace('{access}', words[access] ?? access)}${
      changed ? ` · ${(words.changed ?? '').replace('{time}', accessChangedWhen(changed))}` : ''
    }`
  }
  const noteAccess = (id: string, access: string, changed?: string | null) => {
    const option = [...(sessionSelect?.options ?? [])].find((o) => o.value === id)
    if (!option) return
    option.dataset.access = access
    if (changed !== undefined) option.dataset.changed = changed ?? ''
  }
  // The sessions' access, polled: a switch by the press office reaches this phone's screen and its
  // offline data within one poll, online or not yet offline.
  async function pollAccess() {
    if (!sessionSelect || sessionSelect.options.length < 2 || !navigator.onLine) return
    const { event, day, grant } = list()
    const query = new URLSearchParams({ event, day, ...(grant ? { grant } : {}) })
    const response = await fetch(`/checkin/session-access?${query}`, {
      credentials: 'same-origin',
      cache: 'no-cache',
    }).catch(() => null)
    if (!response?.ok) return
    const answer = (await response.json()) as {
      event: string | null
      day: string
      sessions: SessionAccessRow[]
    }
    for (const [id, access, changed] of answer.sessions) noteAccess(id, access, changed)
    showAccess()
    if (applySessionAccess(answer)) await refreshOfflineData(list()).catch(() => undefined)
    root.dataset.accessPolledAt = String(Date.now())
  }
  sessionSelect?.addEventListener('change', () => {
    showAccess()
    void pollAccess()
  })
  setInterval(() => void pollAccess(), SESSION_ACCESS_POLL_MS)
  // Each event has its own zones: the others cannot be chosen for its list.
  const showZones = () => {
    const zones = (eventSelect.selectedOptions[0]?.dataset.zones ?? '').split(' ')
    for (const option of zoneSelect.options) option.disabled = !zones.includes(option.value)
    if (zoneSelect.selectedOptions[0]?.disabled)
      zoneSelect.value = [...zoneSelect.options].find((option) => !option.disabled)?.value ?? ''
  }
  showZones()
  showSessions()
  const manualLabel = root.querySelector<HTMLLabelElement>('[data-manual] label')!
  eventSelect.addEventListener('change', () => {
    showZones()
    showSessions()
    // Numbers carry the event's prefix: the example follows the chosen list.
    const prefix = eventSelect.selectedOptions[0]?.dataset.prefix ?? 'P'
    manualLabel.textContent = (texts['checkin.manual'] ?? '').replace('{example}', `${prefix}-0042`)
    sync()
  })
  let lastCode = ''
  let lastAt = 0
  let stream: MediaStream | null = null

  async function check(code: string) {
    const now = Date.now()
    if (code === lastCode && now - lastAt < 3000) return
    lastCode = code
    lastAt = now
    const scan = {
      code,
      ...list(),
      scanId: crypto.randomUUID().replace(/-/g, ''),
      scannedAt: new Date().toISOString(),
    }
    let response: Response
    try {
      response = await fetch('/checkin/scan', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(scan),
      })
    } catch {
      // No network: decide here with the public key and the cached revocation list; log later.
      const answer = await checkOffline(scan)
      show({ ...answer, holder: null, portrait: null }, true)
      return
    }
    if (response.ok) show((await response.json()) as ScanAnswer)
    else {
      panel.dataset.verdict = 'refused'
      verdictText.textContent = `${response.status}`
      verdictDetail.textContent = ''
    }
  }

  function sync() {
    if (!navigator.onLine) return
    void flushQueue()
      .then(() => refreshOfflineData(list()))
      .catch(() => undefined)
      .finally(
        () =>
          (queue.textContent = queuedScans()
            ? `${texts['checkin.queued'] ?? ''} ${queuedScans()}`
            : ''),
      )
  }
  const queue = root.querySelector<HTMLElement>('.queue')!
  sync()
  window.addEventListener('online', sync)
  setInterval(sync, 15_000)

  function show(answer: ScanAnswer, offline = false) {
    if (answer.session) {
      noteAccess(answer.session.id, answer.session.access)
      showAccess()
    }
    panel.dataset.verdict = answer.verdict === 'valid' ? 'valid' : 'refused'
    const notes = [
      answer.reentry ? texts['checkin.reentryMark'] : null,
      offline ? texts['checkin.offlineMark'] : null,
    ].filter(Boolean)
    verdictText.textContent = `${texts[`verdict.${answer.verdict}`] ?? answer.verdict}${notes.length ? ` (${notes.join(', ')})` : ''}`
    // "Already checked in" says when (HH:mm, and the date if another day) and on which list.
    verdictDetail.textContent = answer.earlier
      ? (texts['checkin.earlier'] ?? '')
          .replace('{time}', admittedWhen(answer.earlier.at, list().day))
          .replace(
            '{list}',
            `${texts[`pass.zone.${answer.earlier.zone}`] ?? answer.earlier.zone} · ${answer.earlier.day.split('-').reverse().join('/')}`,
          )
      : ''
    if (offline) queue.textContent = `${texts['checkin.queued'] ?? ''} ${queuedScans()}`
    holder.textContent = answer.holder
      ? `${answer.holder.name} · ${answer.holder.outlet} · ${answer.passNumber}`
      : (answer.passNumber ?? '')
    photo.hidden = !answer.portrait
    if (answer.portrait) photo.src = answer.portrait
  }

  root.querySelector<HTMLFormElement>('[data-manual]')!.addEventListener('submit', (event) => {
    event.preventDefault()
    const input = (event.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement
    lastCode = ''
    void check(input.value.trim())
    input.value = ''
  })

  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })!
  function scanFrame() {
    if (!stream) return
    if (video.readyState >= 2 && video.videoWidth) {
      canvas.width = video.videoWidth
      canvas.height = video.videoHeight
      context.drawImage(video, 0, 0)
      const found = jsQR(
        context.getImageData(0, 0, canvas.width, canvas.height).data,
        canvas.width,
        canvas.height,
        { inversionAttempts: 'dontInvert' },
      )
      if (found?.data) void check(found.data)
    }
    setTimeout(scanFrame, 150)
  }

  cameraButton.addEventListener('click', async () => {
    if (stream) {
      stream.getTracks().forEach((track) => track.stop())
      stream = null
      video.hidden = true
      cameraButton.textContent = texts['checkin.camera'] ?? ''
      return
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      })
      video.srcObject = stream
      video.hidden = false
      await video.play()
      cameraButton.textContent = texts['checkin.cameraStop'] ?? ''
      scanFrame()
    } catch {
      verdictText.textContent = texts['checkin.cameraUnavailable'] ?? ''
    }
  })
}

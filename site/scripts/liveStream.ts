/**
 * Follows a live page's stream (Server-Sent Events): each update arrives as the same markup the
 * page was rendered with and is put in place — a new one on top (or among the key points), a
 * correction or a deletion over the one it changes — within the poll interval of the site. The
 * connection's state is shown; new updates are announced in a polite live region. EventSource
 * reconnects by itself with Last-Event-ID; when the site refuses outright (restarting, too many
 * streams) this reopens it a little later, from the last change it saw.
 */
type UpdateData = { id: string; seq: number; pinned: boolean; postedAt: string; html: string }
type State = 'connecting' | 'open' | 'retry' | 'ended'

export function followLiveStream(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-live]')
  if (!box?.dataset.stream || typeof EventSource === 'undefined') return
  const texts = JSON.parse(box.dataset.states ?? '{}') as Record<State | 'announce', string>
  const status = box.querySelector<HTMLElement>('[data-connection]')
  const refresh = box.querySelector<HTMLElement>('[data-refresh]')
  const announce = box.querySelector<HTMLElement>('[data-announce]')
  const empty = box.querySelector<HTMLElement>('[data-empty]')
  const pinnedSection = box.querySelector<HTMLElement>('[data-section="pinned"]')
  const lists = {
    pinned: box.querySelector<HTMLOListElement>('[data-list="pinned"]')!,
    main: box.querySelector<HTMLOListElement>('[data-list="main"]')!,
  }
  let lastSeq = Number(box.dataset.seq ?? 0) || 0
  let retryDelay = 2000

  const show = (state: State) => {
    box.dataset.streamState = state
    if (status) {
      status.hidden = false
      status.dataset.state = state
      status.textContent = texts[state] ?? state
    }
    // Without a working stream the reload link is the way to new updates.
    if (refresh) refresh.hidden = state === 'open'
  }

  const place = (data: UpdateData) => {
    const template = root.createElement('template')
    template.innerHTML = data.html.trim()
    const node = template.content.firstElementChild as HTMLElement | null
    if (!node) return
    const existing = root.getElementById(`update-${data.id}`)
    const list = data.pinned ? lists.pinned : lists.main
    if (existing && existing.parentElement === list) existing.replaceWith(node)
    else {
      existing?.remove()
      // Newest first: before the first update posted earlier than this one.
      const after = [...list.children].find(
        (child) => ((child as HTMLElement).dataset.posted ?? '') < data.postedAt,
      )
      list.insertBefore(node, after ?? null)
    }
    if (!existing) {
      node.classList.add('live-fresh')
      setTimeout(() => node.classList.remove('live-fresh'), 4000)
      if (announce) {
        const time = node.querySelector('time')?.textContent ?? ''
        const words = node.querySelector('.live-text, .live-quote, figcaption')?.textContent ?? ''
        announce.textContent = `${(texts.announce ?? '').replace('{time}', time)}: ${words.slice(0, 200)}`
      }
    }
    // A removed update's words leave the page, the live region's announcement included.
    if (existing && node.classList.contains('live-deleted') && announce) announce.textContent = ''
    if (pinnedSection) pinnedSection.hidden = lists.pinned.children.length === 0
    if (empty) empty.hidden = lists.pinned.children.length + lists.main.children.length > 0
  }

  const connect = () => {
    show('connecting')
    const source = new EventSource(
      `${box.dataset.stream}?lastEventId=${encodeURIComponent(String(lastSeq))}`,
    )
    source.addEventListener('open', () => {
      retryDelay = 2000
      show('open')
    })
    source.addEventListener('update', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as UpdateData
      if (data.seq <= lastSeq && root.getElementById(`update-${data.id}`)) return
      lastSeq = Math.max(lastSeq, data.seq)
      place(data)
    })
    source.addEventListener('shutdown', () => show('ended'))
    source.addEventListener('error', () => {
      if (source.readyState !== EventSource.CLOSED) {
        if (box.dataset.streamState !== 'ended') show('retry')
        return
      }
      // Refused (not a dropped connection): EventSource gives up, so try again later ourselves.
      show('retry')
      setTimeout(connect, retryDelay)
      retryDelay = Math.min(retryDelay * 2, 60_000)
    })
  }
  connect()
}

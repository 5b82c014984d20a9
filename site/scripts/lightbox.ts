/**
 * Progressive enhancement for a gallery: without JavaScript each thumbnail is a link to the large
 * photo; with it, the link opens a modal <dialog> (focus kept inside, Escape closes) where the
 * arrow keys and buttons move between photos, and focus returns to the thumbnail on close.
 */
export function enhanceGallery(root: Document): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog.lightbox')
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-lightbox]')]
  if (!dialog || !links.length || typeof dialog.showModal !== 'function') return
  const image = dialog.querySelector('img')!
  const caption = dialog.querySelector('.caption')!
  const position = dialog.querySelector('.position')!
  const positionText = dialog.dataset.position ?? '{n} / {total}'
  let current = 0

  const show = (index: number) => {
    current = (index + links.length) % links.length
    const link = links[current]!
    image.src = link.href
    image.srcset = link.dataset.srcset ?? ''
    image.sizes = '100vw'
    image.alt = link.dataset.alt ?? ''
    caption.textContent = link.dataset.caption ?? ''
    position.textContent = positionText
      .replace('{n}', String(current + 1))
      .replace('{total}', String(links.length))
  }

  links.forEach((link, index) =>
    link.addEventListener('click', (event) => {
      event.preventDefault()
      show(index)
      dialog.showModal()
    }),
  )
  dialog
    .querySelectorAll<HTMLButtonElement>('[data-move]')
    .forEach((button) =>
      button.addEventListener('click', () => show(current + Number(button.dataset.move))),
    )
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close())
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') show(current + 1)
    else if (event.key === 'ArrowLeft') show(current - 1)
    else return
    event.preventDefault()
  })
  dialog.addEventListener('close', () => links[current]?.focus())
}

import {
  applicationSchema,
  fieldErrors,
  formToObject,
} from '~/cms/lib/accreditation/applicationSchema'

type ServerAnswer = { ok: true; redirect: string } | { ok: false; errors: Record<string, string> }

/**
 * Progressive enhancement of the application form: the shared rules run in the browser before
 * anything is sent, errors appear next to their fields, and the upload shows its progress.
 * Without this script the form still works, with the server's answers.
 */
export function enhanceApplicationForm(form: HTMLFormElement): void {
  const data = form.dataset
  const schema = applicationSchema({
    days: JSON.parse(data.days ?? '[]'),
    outletIds: JSON.parse(data.outlets ?? '[]'),
    today: data.today ?? '',
  })
  const texts = JSON.parse(data.messages ?? '{}') as Record<string, string>
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const progress = form.querySelector<HTMLProgressElement>('progress')!
  const status = form.querySelector<HTMLElement>('[role="status"]')!

  const show = (errors: Record<string, string>) => {
    form.querySelectorAll<HTMLElement>('[data-field]').forEach((field) => {
      const name = field.dataset.field!
      const code = errors[name]
      const slot = field.querySelector<HTMLElement>(`#e-${name}`)
      field.classList.toggle('invalid', Boolean(code))
      field
        .querySelectorAll('input, select, textarea')
        .forEach((control) =>
          code
            ? control.setAttribute('aria-invalid', 'true')
            : control.removeAttribute('aria-invalid'),
        )
      if (slot) {
        slot.textContent = code ? (texts[`err.${code}`] ?? code) : ''
        slot.hidden = !code
      }
    })
    const names = Object.keys(errors)
    status.textContent = errors.form
      ? (texts[`err.${errors.form}`] ?? '')
      : names.length
        ? (data.summary ?? '').replace('{count}', String(names.length))
        : ''
    const first = names
      .map((name) => form.querySelector<HTMLElement>(`[name="${name}"]`))
      .find(Boolean)
    first?.focus()
  }

  const fileErrors = () => {
    const errors: Record<string, string> = {}
    for (const name of ['portrait', 'letter']) {
      const file = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.files?.[0]
      if (!file) errors[name] = 'missing'
      else if (file.size > 10 * 1024 * 1024) errors[name] = 'too_large'
      else if (/\.(heic|heif)$/i.test(file.name)) errors[name] = 'heic'
    }
    return errors
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const body = new FormData(form)
    const checked = schema.safeParse(formToObject(body))
    const errors = {
      ...(checked.success ? {} : (fieldErrors(checked.error) as Record<string, string>)),
      ...fileErrors(),
    }
    if (Object.keys(errors).length) return show(errors)
    show({})
    send(body)
  })

  function send(body: FormData) {
    const request = new XMLHttpRequest()
    request.open('POST', form.action)
    request.setRequestHeader('Accept', 'application/json')
    request.responseType = 'json'
    button.disabled = true
    button.textContent = button.dataset.busy ?? ''
    progress.hidden = false
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100)
    })
    const finish = () => {
      button.disabled = false
      button.textContent = button.dataset.idle ?? ''
      progress.hidden = true
    }
    request.addEventListener('load', () => {
      const answer = request.response as ServerAnswer | null
      if (answer?.ok) return window.location.assign(answer.redirect)
      finish()
      show(answer && !answer.ok ? answer.errors : { form: 'paused' })
    })
    request.addEventListener('error', () => {
      finish()
      show({ form: 'paused' })
    })
    request.send(body)
  }
}

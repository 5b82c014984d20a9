/** Largest form body accepted: two 10 MB files and the fields, with room to spare. */
export const MAX_FORM_BYTES = 22 * 1024 * 1024

export const wantsJson = (request: Request): boolean =>
  request.headers.get('accept')?.includes('application/json') ?? false

/**
 * A posted form, or why it cannot be read: too large (413) or not a form at all (400). Malformed
 * multipart bodies make the platform's parser throw; that is the sender's fault, not a 500.
 */
export async function readForm(
  request: Request,
): Promise<
  { ok: true; data: FormData } | { ok: false; status: 400 | 413; error: 'too_large' | 'not_a_form' }
> {
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_FORM_BYTES) return { ok: false, status: 413, error: 'too_large' }
  const type = request.headers.get('content-type') ?? ''
  if (
    !type.startsWith('multipart/form-data') &&
    !type.startsWith('application/x-www-form-urlencoded')
  )
    return { ok: false, status: 400, error: 'not_a_form' }
  if (!request.body) return { ok: false, status: 400, error: 'not_a_form' }
  // Count the bytes as they arrive: a chunked upload has no Content-Length to check up front.
  let received = 0
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength
        if (received > MAX_FORM_BYTES) controller.error(new Error('too_large'))
        else controller.enqueue(chunk)
      },
    }),
  )
  try {
    const copy = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: limited,
      duplex: 'half',
    } as RequestInit)
    return { ok: true, data: await copy.formData() }
  } catch {
    return received > MAX_FORM_BYTES
      ? { ok: false, status: 413, error: 'too_large' }
      : { ok: false, status: 400, error: 'not_a_form' }
  }
}

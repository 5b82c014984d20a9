import { ValidationError } from 'payload'

/**
 * A refusal the caller can act on at one field of the form: Payload's ValidationError, so the admin
 * shows `message` next to that field (and in its toast), while REST callers and the site read the
 * same sentence as the error's message, with the refusal's own 4xx status and `data.refusal`.
 */
export class FieldRefusal extends ValidationError {
  constructor(args: {
    collection?: string
    global?: string
    path: string
    message: string
    status: number
    refusal?: string
  }) {
    const { collection, global, path, message, status, refusal } = args
    super({ collection, global, errors: [{ path, message }] })
    this.name = 'ValidationError'
    this.message = message
    this.status = status
    if (refusal) (this.data as Record<string, unknown>).refusal = refusal
  }
}

import type { Config } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]
type AfterErrorArgs = Parameters<AfterErrorHook>[0]
type AfterErrorAnswer = Awaited<ReturnType<AfterErrorHook>>

/** What Payload's `formatErrors` answers for an error it cannot read. */
export const UNREADABLE_ERROR = 'An unknown error occurred.'

/** Whether Payload may show the error's own message (its `isErrorPublic`, without debug). */
export function isPublicRefusal(error: Error): boolean {
  const { isPublic, status } = error as { isPublic?: boolean; status?: number }
  if (typeof isPublic === 'boolean') return isPublic
  return typeof status === 'number' && status !== 500
}

/**
 * Every REST door answers a public refusal with its own sentence. Payload's `formatErrors` reads a
 * plain `APIError` (no `data`) by its `name`, which is the class's name; the admin's production
 * build (Turbopack) leaves that class anonymous, so "Chỉ bộ phận cấp thẻ…" (403) became
 * "An unknown error occurred." there, and only there. This puts the sentence back; internal
 * errors (500) stay hidden.
 */
export function keepRefusalMessages({ error, result }: AfterErrorArgs): AfterErrorAnswer {
  const first = result?.errors?.[0]
  if (!first || first.message !== UNREADABLE_ERROR) return
  if (!isPublicRefusal(error) || !error.message) return
  const { data } = error as { data?: Record<string, unknown> | null }
  return {
    response: {
      errors: [
        { name: error.name || 'APIError', message: error.message, ...(data ? { data } : {}) },
      ],
    },
  }
}

import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs an operation's writes in one transaction: the caller's, when `req` already has one (a hook
 * inside a request's change), or a new one committed at the end and rolled back on any error.
 */
export async function inTransaction<T>(req: PayloadRequest, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work(req)
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction. A caller that already holds one (`req.transactionID`,
 * e.g. a hook or an operation called from another) keeps it: the work joins it and the owner
 * commits or rolls back. Otherwise a transaction is opened here, committed when the work returns
 * and rolled back when it throws; `onRollback` then undoes what the database cannot (files already
 * written to disk).
 */
export async function inTransaction<T>(
  req: PayloadRequest,
  work: (req: PayloadRequest) => Promise<T>,
  onRollback?: () => Promise<unknown>,
): Promise<T> {
  const owner = await initTransaction(req)
  try {
    const result = await work(req)
    if (owner) await commitTransaction(req)
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    // Even inside someone else's transaction: a failed action keeps no personal files behind.
    await onRollback?.().catch(() => undefined)
    throw error
  }
}

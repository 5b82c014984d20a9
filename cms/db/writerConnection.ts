import { type Client, createClient, type InStatement, type Transaction } from '@libsql/client'

/**
 * One connection kept for this process's write transactions. libsql's file client hands each
 * transaction the connection its reads use and opens a new one for what follows: every write then
 * cost a new connection, and the first statement on it parsed the whole schema again (about a
 * tenth of a door scan's time went to preparing statements). Here the reads keep their connection,
 * and the writes, one at a time in this process (serialiseSqliteWrites), share this one.
 */
export class WriterConnection {
  private client: Client | null = null

  constructor(
    private readonly url: string,
    private readonly synchronous: 'FULL' | 'NORMAL',
  ) {}

  /** BEGIN IMMEDIATE on the writer: the write lock taken up front, or SQLITE_BUSY at once. */
  async begin(): Promise<Transaction> {
    const client = await this.connection()
    await client.execute('BEGIN IMMEDIATE')
    return writeTransaction(client)
  }

  /** A connection stuck on an old snapshot (BUSY_SNAPSHOT) is closed; the next write opens another. */
  reopen(): void {
    this.client?.close()
    this.client = null
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client
    const client = createClient({ url: this.url })
    // A pragma lasts as long as its connection: set once, it holds for every write.
    await client.execute(`PRAGMA synchronous = ${this.synchronous}`)
    this.client = client
    return client
  }
}

/** libsql's Transaction on a connection it does not own: ending it never closes the connection. */
function writeTransaction(client: Client): Transaction {
  let open = true
  const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    try {
      await client.execute(statement)
    } catch (error) {
      // SQLite already rolled back (a full disk, an I/O error): nothing is left to undo.
      if (statement === 'ROLLBACK' && /no transaction is active/.test(String(error))) return
      throw error
    }
  }
  const checked = () => {
    if (!open) throw new Error('The transaction is closed')
  }
  return {
    execute: (statement: InStatement) => (checked(), client.execute(statement)),
    batch: async (statements: InStatement[]) => {
      const results = []
      for (const statement of statements) results.push(await (checked(), client.execute(statement)))
      return results
    },
    // The client's own would roll the open transaction back when it ends; nothing here needs it.
    executeMultiple: () => Promise.reject(new Error('executeMultiple: not in a write transaction')),
    commit: async () => {
      checked()
      try {
        await end('COMMIT')
      } catch (error) {
        // A COMMIT that failed (a statement still stepping) leaves the transaction open: retryable.
        open = true
        throw error
      }
    },
    rollback: () => end('ROLLBACK'),
    close: () => {
      if (open) void end('ROLLBACK').catch(() => undefined)
    },
    get closed() {
      return !open
    },
  } as Transaction
}

/**
 * Loaded with `node --import` into a real server by the fault tests and scripts: on SIGUSR2 it
 * closes the process's database connection, as a lost database would, so every read and write
 * after it fails. Nothing in the portal itself knows about it.
 */
type Cached = { payload?: { db?: { client?: { close(): void } } } }

process.on('SIGUSR2', () => {
  const cache = (globalThis as { _payload?: Map<string, Cached> })._payload
  for (const entry of cache?.values() ?? []) entry.payload?.db?.client?.close()
  console.log('fault: database connection closed')
})

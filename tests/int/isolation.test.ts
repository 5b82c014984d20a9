import assert from 'node:assert/strict'
import { createServer, type Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'

import { parseEnv } from '~/cms/env'
import { startServers } from '~/cms/scripts/servers'
import { startTestPayload } from './harness'

/**
 * `npm test` once hung while a portal ran on its default ports: every integration test's Payload
 * dialled the Next.js dev reloader at localhost:$PORT (3000 by default) and kept the socket open.
 * Here a listener stands in for that running portal, on a port of its own (PORT points Payload's
 * dialling at it), so the test never needs port 3000 itself.
 */
const reached: string[] = []
const sockets = new Set<Socket>()
const runningPortal = createServer((socket) => {
  sockets.add(socket)
  socket.on('data', (chunk: Buffer) => reached.push(chunk.toString().split('\r\n')[0]!))
})
let cleanup: () => Promise<void>
const previousPort = process.env.PORT

before(async () => {
  await new Promise<void>((resolve) => runningPortal.listen(0, '127.0.0.1', resolve))
  const address = runningPortal.address()
  process.env.PORT = String(typeof address === 'object' && address ? address.port : 0)
  ;({ cleanup } = await startTestPayload())
})

after(async () => {
  await cleanup()
  if (previousPort === undefined) delete process.env.PORT
  else process.env.PORT = previousPort
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => runningPortal.close(resolve))
})

describe('a portal the tests did not start', () => {
  it('is never reached by the test Payload, even when one listens on its port', async () => {
    // Payload dials right after it starts; give a stray connection time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500))
    assert.deepEqual(reached, [], `the test Payload reached the running portal: ${reached}`)
    assert.equal(sockets.size, 0)
  })
})

describe('starting the portal where one already runs', () => {
  it('refuses at once, naming the port, instead of talking to the portal already there', async () => {
    const address = runningPortal.address()
    const taken = typeof address === 'object' && address ? address.port : 0
    const env = parseEnv({ CMS_PORT: String(taken), CMS_HOST: '127.0.0.1' })
    const started = Date.now()
    await assert.rejects(
      startServers(env, { quiet: true }),
      new RegExp(`Port ${taken} \\(CMS_PORT\\) on 127.0.0.1 is already in use`),
    )
    assert.ok(Date.now() - started < 2000, 'refused without waiting for health checks')
  })
})

import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
})
after(() => cleanup())

function writer(count: number): Promise<{ ok: number; errors: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('tsx', ['tests/int/fixtures/newsWriter.ts', String(count)], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk))
    child.on('close', () => {
      const line = out.trim().split('\n').pop() ?? ''
      try {
        resolve(JSON.parse(line))
      } catch {
        reject(new Error(`writer printed: ${out}`))
      }
    })
  })
}

describe('SQLite under concurrent writers', () => {
  it('keeps every write when two processes and this one write at once', async () => {
    const here = Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => payload.create({ collection: 'news', overrideAccess: true, data: { title: `Here ${i}`, _status: 'published' } })),
    )
    const [a, b, local] = await Promise.all([writer(60), writer(60), here])
    assert.deepEqual(a.errors, [])
    assert.deepEqual(b.errors, [])
    assert.equal(local.filter((r) => r.status === 'fulfilled').length, 40)
    const { totalDocs } = await payload.count({ collection: 'news' })
    assert.equal(totalDocs, 160)
  })
})

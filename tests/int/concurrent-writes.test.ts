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
    const child = spawn('tsx', ['tests/int/fixtures/newsWriter.ts', String(count)], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
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
      Array.from({ length: 40 }, (_, i) =>
        payload.create({
          collection: 'news',
          overrideAccess: true,
          data: { title: `Here ${i}`, _status: 'published' },
        }),
      ),
    )
    const [a, b, local] = await Promise.all([writer(60), writer(60), here])
    assert.deepEqual([a.ok, a.errors, b.ok, b.errors], [60, [], 60, []])
    assert.equal(local.filter((r) => r.status === 'fulfilled').length, 40)
    const { docs } = await payload.find({
      collection: 'news',
      pagination: false,
      select: { title: true },
    })
    const titles = new Set(docs.map((d) => d.title))
    const missing = [...Array(40).keys()].map((i) => `Here ${i}`).filter((t) => !titles.has(t))
    assert.deepEqual({ total: docs.length, missingHere: missing }, { total: 160, missingHere: [] })
  })
})

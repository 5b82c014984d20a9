import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { describe, it } from 'node:test'

/** Start-up as an operator meets it: a bad setting stops `npm start` with one clear sentence. */
function start(env: Record<string, string>) {
  const result = spawnSync('tsx', ['cms/scripts/start.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stderr: result.stderr.trim() }
}

describe('start-up with bad settings', () => {
  it('names DATABASE_URI when it is not a database address we support', () => {
    const { code, stderr } = start({
      DATABASE_URI: 'postgres://localhost/portal',
      PAYLOAD_SECRET: 'x'.repeat(40),
    })
    assert.equal(code, 1)
    assert.equal(
      stderr,
      '✖ DATABASE_URI must start with file: (SQLite), mongodb:// or mongodb+srv:// — got "postgres:".',
    )
  })

  it('names PAYLOAD_SECRET when it is too short to be safe', () => {
    const { code, stderr } = start({ PAYLOAD_SECRET: 'secret' })
    assert.equal(code, 1)
    assert.equal(
      stderr,
      '✖ PAYLOAD_SECRET is too short: use a random secret of at least 32 characters.',
    )
  })

  it('names the port variable when a port is not a number, without a stack trace', () => {
    const { code, stderr } = start({ CMS_PORT: 'three-thousand', PAYLOAD_SECRET: 'x'.repeat(40) })
    assert.equal(code, 1)
    assert.match(stderr, /^✖ CMS_PORT is not valid: .+\.$/)
    assert.doesNotMatch(stderr, /\n\s+at /)
  })
})

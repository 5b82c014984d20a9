import assert from 'node:assert/strict'
import { availableParallelism } from 'node:os'
import { describe, it } from 'node:test'

import { ConfigError, parseEnv } from '~/cms/env'

const secret = 'x'.repeat(40)

describe('settings', () => {
  it('defaults to the embedded SQLite file under data/', () => {
    const env = parseEnv({})
    assert.equal(env.databaseKind, 'sqlite')
    assert.match(env.DATABASE_URI, /^file:.*data\/portal\.db$/)
    assert.equal(env.SITE_PORT, 4321)
    assert.equal(env.CMS_PORT, 3000)
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// addresses', () => {
    assert.equal(
      parseEnv({ DATABASE_URI: 'mongodb://db1,db2/portal?replicaSet=rs0' }).databaseKind,
      'mongodb',
    )
    assert.equal(
      parseEnv({ DATABASE_URI: 'mongodb+srv://cluster.example/portal' }).databaseKind,
      'mongodb',
    )
  })

  it('refuses an unknown database address, naming the variable', () => {
    assert.throws(
      () => parseEnv({ DATABASE_URI: 'postgres://localhost/portal' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError)
        assert.match(
          error.message,
          /^DATABASE_URI must start with file: \(SQLite\), mongodb:\/\/ or mongodb\+srv:\/\/ — got "postgres:"\.$/,
        )
        return true
      },
    )
  })

  it('requires a secret in production, and a long one everywhere', () => {
    assert.throws(
      () => parseEnv({ NODE_ENV: 'production' }),
      /^ConfigError: PAYLOAD_SECRET is not set/,
    )
    assert.throws(() => parseEnv({ PAYLOAD_SECRET: 'short' }), /PAYLOAD_SECRET is too short/)
    assert.equal(
      parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }).PAYLOAD_SECRET,
      secret,
    )
  })

  it('names the variable when a port or address is malformed', () => {
    assert.throws(() => parseEnv({ SITE_PORT: 'eighty' }), /^ConfigError: SITE_PORT is not valid/)
    assert.throws(
      () => parseEnv({ CMS_URL: 'localhost:3000' }),
      /^ConfigError: CMS_URL is not valid/,
    )
  })

  it('runs one site process per core unless SITE_PROCESSES says how many (1 to 64)', () => {
    assert.equal(parseEnv({}).SITE_PROCESSES, Math.min(64, availableParallelism()))
    assert.equal(parseEnv({ SITE_PROCESSES: '' }).SITE_PROCESSES, parseEnv({}).SITE_PROCESSES)
    assert.equal(parseEnv({ SITE_PROCESSES: '1' }).SITE_PROCESSES, 1)
    assert.equal(parseEnv({ SITE_PROCESSES: '64' }).SITE_PROCESSES, 64)
    for (const bad of ['0', '65', '1.5', 'two', '-2'])
      assert.throws(
        () => parseEnv({ SITE_PROCESSES: bad }),
        /^ConfigError: SITE_PROCESSES is not valid: .+\.$/,
        bad,
      )
  })

  it('checks the image processes’ settings, and stops the start on a malformed one', () => {
    const defaults = parseEnv({})
    assert.equal(defaults.IMAGE_WORKERS, Math.min(64, availableParallelism()))
    assert.equal(defaults.IMAGE_QUEUE_WAIT_MS, 30_000)
    assert.equal(defaults.IMAGE_WORKER_NICE, 5)
    const set = parseEnv({
      IMAGE_WORKERS: '3',
      IMAGE_QUEUE_WAIT_MS: '500',
      IMAGE_WORKER_NICE: '19',
    })
    assert.deepEqual(
      [set.IMAGE_WORKERS, set.IMAGE_QUEUE_WAIT_MS, set.IMAGE_WORKER_NICE],
      [3, 500, 19],
    )
    for (const [name, bad] of [
      ['IMAGE_WORKERS', '0'],
      ['IMAGE_WORKERS', 'all'],
      ['IMAGE_QUEUE_WAIT_MS', '-1'],
      ['IMAGE_WORKER_NICE', '20'],
    ] as const)
      assert.throws(
        () => parseEnv({ [name]: bad }),
        new RegExp(`^ConfigError: ${name} is not valid: .+\\.$`),
        `${name}=${bad}`,
      )
  })
})

describe('empty settings', () => {
  it('treats an empty line in .env as not set', () => {
    const env = parseEnv({ SITE_PORT: '', SITE_URL: ' ', DATABASE_URI: '', SMTP_HOST: '' })
    assert.equal(env.SITE_PORT, 4321)
    assert.equal(env.SITE_URL, 'http://localhost:4321')
    assert.equal(env.databaseKind, 'sqlite')
    assert.equal(env.SMTP_HOST, undefined)
  })
})

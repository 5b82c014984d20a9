import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { restartDelay } from '~/site/serve/primary'

describe('replacing a site worker that stopped', () => {
  it('waits half a second after a first death, doubling with each death in a row, at most 30 s', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 20].map(restartDelay),
      [500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000],
    )
  })
})

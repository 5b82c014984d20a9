import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseWrk, percentile, targetTable } from '~/tests/bench/support'

/** wrk 4.1's summaries, as the bench reads them (`--latency`). */
const CLEAN = `Running 1s test @ http://127.0.0.1:9871/
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.47ms    3.61ms  30.59ms   90.19%
    Req/Sec    56.59k    22.87k   81.80k    72.73%
  Latency Distribution
     50%  121.00us
     75%  391.00us
     90%    4.97ms
     99%   18.47ms
  61844 requests in 1.10s, 7.49MB read
Requests/sec:  56246.72
Transfer/sec:      6.81MB
`

const TROUBLED = `Running 1m test @ http://127.0.0.1:4622/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   850.12ms  300.00ms   2.00s    70.00%
    Req/Sec    60.00     10.00    80.00     70.00%
  Latency Distribution
     50%  800.00ms
     75%    1.01s
     90%    1.50s
     99%    2.00s
  3600 requests in 1.00m, 1.20GB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 7
Requests/sec:     59.98
Transfer/sec:     20.48MB
`

describe('the bench’s reading of wrk', () => {
  it('reads requests, time, bytes, throughput and the latency distribution in its units', () => {
    assert.deepEqual(parseWrk(CLEAN), {
      requests: 61844,
      seconds: 1.1,
      bytes: Math.round(7.49 * 1024 * 1024),
      rps: 56246.72,
      latencyMs: { p50: 0.121, p75: 0.391, p90: 4.97, p99: 18.47 },
      errors: 0,
    })
  })

  it('counts socket errors and non-2xx/3xx answers, and reads minutes, seconds and gigabytes', () => {
    const result = parseWrk(TROUBLED)
    assert.equal(result.errors, 2 + 3 + 7)
    assert.equal(result.seconds, 60)
    assert.equal(result.bytes, Math.round(1.2 * 1024 ** 3))
    assert.deepEqual(result.latencyMs, { p50: 800, p75: 1010, p90: 1500, p99: 2000 })
    assert.equal(result.rps, 59.98)
  })

  it('refuses what is not a wrk summary (a failed run says why instead of reporting zero)', () => {
    assert.throws(() => parseWrk('unable to connect to 127.0.0.1:4622 Connection refused'))
  })
})

describe('the bench report', () => {
  it('marks each target pass, short, or not measured', () => {
    const table = targetTable([
      { target: 'p95 < 50 ms', figure: '12 ms', pass: true },
      { target: 'p50 < 10 ms', figure: '53 ms', pass: false },
      { target: 'Lighthouse ≥ 95', figure: 'not measured', pass: null },
    ])
    assert.deepEqual(table.slice(2), [
      '| p95 < 50 ms | 12 ms | ✔ pass |',
      '| p50 < 10 ms | 53 ms | ✖ short |',
      '| Lighthouse ≥ 95 | not measured | — |',
    ])
  })

  it('takes percentiles as the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    assert.equal(percentile(sorted, 50), 50)
    assert.equal(percentile(sorted, 95), 95)
    assert.equal(percentile(sorted, 99), 99)
    assert.equal(percentile([], 50), 0)
  })
})

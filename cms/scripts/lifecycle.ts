import './requireNode'

import path from 'node:path'
import { parseArgs } from 'node:util'

import { ConfigError, getEnv } from '../env'
import { policyFromEnv } from '../lib/lifecycle/retention'
import { fileStamp } from '../lib/time'
import { eraseApplicant } from '../lifecycle/eraseApplicant'
import { exportApplicant } from '../lifecycle/exportApplicant'
import { purge } from '../lifecycle/purge'
import { purgeReport } from '../lifecycle/purgeReport'
import { REPORTS_DIR, writeReport } from '../lifecycle/reports'
import { ensureLocalSecret } from './secret'
import { fail } from './fail'

/**
 * The personal-data commands (README "Data lifecycle"):
 *   npm run purge [-- --apply]                  retention rules; a dry run unless --apply
 *   npm run applicant:export -- DH1-0042 [--by e-mail] [--to folder]
 *   npm run applicant:erase -- DH1-0042 --by e-mail --confirm
 * Each writes a report under data/reports/ and an access-log entry naming the operator.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    apply: { type: 'boolean', default: false },
    confirm: { type: 'boolean', default: false },
    by: { type: 'string' },
    to: { type: 'string' },
  },
})
const [command, referenceCode] = positionals

try {
  ensureLocalSecret()
  const env = getEnv()
  const operator = { label: values.by ? `${values.by} (command line)` : 'operator (command line)' }
  const needReference = () => {
    if (!referenceCode || !/^[A-Z0-9]+-\d+$/.test(referenceCode))
      throw new ConfigError('Give the application reference code, e.g. DH1-0042.')
    return referenceCode
  }
  if (command === 'erase' && (!values.confirm || !values.by))
    throw new ConfigError('Erasure cannot be undone: add --by <your e-mail> --confirm.')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const now = new Date()
  if (command === 'purge') {
    const result = await purge(payload, policyFromEnv(env), { apply: values.apply, now, operator })
    const file = writeReport(
      `purge-${fileStamp(now)}${values.apply ? '' : '-dry-run'}`,
      result,
      purgeReport(result),
    )
    console.log(
      `${values.apply ? '✓ Purged' : 'Dry run (nothing deleted; add --apply)'}: ${result.documentsDeleted.length} applications' documents, ${result.applicationsErased.length} closed applications, ${result.checkInsDeleted} check-ins. Report: ${file}`,
    )
  } else if (command === 'export') {
    const exported = await exportApplicant(
      payload,
      needReference(),
      values.to ? path.resolve(values.to) : path.join(REPORTS_DIR, 'exports'),
      operator,
      now,
    )
    if (!exported) throw new ConfigError(`No application ${referenceCode}.`)
    console.log(
      `✓ ${exported.referenceCode} exported to ${exported.folder} (${exported.files.length} files${exported.missingFiles.length ? `; not held: ${exported.missingFiles.join(', ')}` : ''}).`,
    )
  } else if (command === 'erase') {
    const erased = await eraseApplicant(payload, needReference(), operator)
    if (!erased) throw new ConfigError(`No application ${referenceCode} (already erased?).`)
    const file = writeReport(
      `erasure-${erased.referenceCode}-${fileStamp(now)}`,
      { ...erased, erasedAt: now.toISOString(), by: operator.label },
      [
        `# Erasure of ${erased.referenceCode}`,
        '',
        `${now.toISOString()} by ${operator.label}: application, ${erased.files} files, ${erased.pass ? 'its pass' : 'no pass'}, ${erased.pressAccount ? 'its press account' : 'no press account'}, ${erased.checkInsUnlinked} check-ins unlinked; ${erased.auditEntriesKept} audit entries kept without personal data.`,
      ],
    )
    console.log(`✓ ${erased.referenceCode} erased. Report: ${file}`)
  } else {
    throw new ConfigError(
      'Use: purge [--apply] | export <reference> | erase <reference> --by <e-mail> --confirm.',
    )
  }
  await payload.destroy()
  process.exit(0)
} catch (error) {
  fail(error)
}

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { DATA_DIR } from '../paths'

export const REPORTS_DIR = path.join(DATA_DIR, 'reports')

/** Writes `<name>.json` and `<name>.md` under data/reports/ and returns the JSON file's path. */
export function writeReport(name: string, data: unknown, markdown: string[]): string {
  mkdirSync(REPORTS_DIR, { recursive: true })
  const file = path.join(REPORTS_DIR, `${name}.json`)
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
  writeFileSync(path.join(REPORTS_DIR, `${name}.md`), `${markdown.join('\n')}\n`)
  return file
}

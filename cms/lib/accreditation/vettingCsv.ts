import { toCsv } from '../csv'
import type { IdType } from './identity'
import { REFERENCE_PATTERN } from './reference'

/**
 * The security-vetting exchange: the press office sends the authorities a CSV of applicants, the
 * authorities fill in `result` and `note` in a spreadsheet, and the file comes back to be read here.
 */
export type VettingRow = {
  reference: string
  fullName: string
  dateOfBirth: string
  nationality: string
  idType: IdType
  idNumber: string
  pressCardNumber: string
  outlet: string
  role: string
  days: string[]
}

export type VettingResult = { reference: string; result: 'cleared' | 'flagged'; note: string }

export type VettingErrorCode =
  'no_header' | 'unknown_result' | 'missing_reference' | 'bad_reference' | 'duplicate_reference'

const HEADER = [
  'reference',
  'full_name',
  'date_of_birth',
  'nationality',
  'id_type',
  'id_number',
  'press_card_number',
  'outlet',
  'role',
  'days',
  'result',
  'note',
] as const

// Compared after trimming, lower-casing, NFC and collapsing spaces, so "Không  Đạt " still reads.
// A Map, not an object literal, so that a cell saying "constructor" is not mistaken for a verdict.
const RESULT_WORDS = new Map<string, VettingResult['result']>([
  ...['cleared', 'ok', 'pass', 'đạt', 'dat', 'x'].map((word) => [word, 'cleared'] as const),
  ...['flagged', 'fail', 'không đạt', 'khong dat', 'no'].map((word) => [word, 'flagged'] as const),
])

/** The open requests for the authorities, with empty result and note columns for them to fill. */
export function toVettingCsv(rows: VettingRow[]): string {
  return toCsv(
    HEADER,
    rows.map((row) => [
      row.reference,
      row.fullName,
      row.dateOfBirth,
      row.nationality,
      row.idType,
      row.idNumber,
      row.pressCardNumber,
      row.outlet,
      row.role,
      row.days.join(' '),
      '',
      '',
    ]),
  )
}

export function parseVettingCsv(text: string): {
  results: VettingResult[]
  errors: { line: number; code: VettingErrorCode }[]
} {
  const records = parseRecords(text.replace(/^\uFEFF/, ''))
  const columns = findColumns(records[0] ?? [])
  if (!columns) return { results: [], errors: [{ line: 1, code: 'no_header' }] }

  const errors: { line: number; code: VettingErrorCode }[] = []
  const byReference = new Map<string, VettingResult>()
  const duplicated = new Set<string>()
  records.slice(1).forEach((cells, index) => {
    const line = index + 2 // the row number a spreadsheet shows, with the header on row 1
    const resultText = normaliseWord(cells[columns.result] ?? '')
    if (resultText === '') return // not yet vetted
    const reference = (cells[columns.reference] ?? '').trim()
    const result = RESULT_WORDS.get(resultText)
    if (reference === '') errors.push({ line, code: 'missing_reference' })
    else if (!REFERENCE_PATTERN.test(reference)) errors.push({ line, code: 'bad_reference' })
    else if (!result) errors.push({ line, code: 'unknown_result' })
    else if (byReference.has(reference)) {
      errors.push({ line, code: 'duplicate_reference' })
      duplicated.add(reference)
    } else {
      const note =
        columns.note === undefined ? '' : (cells[columns.note] ?? '').trim().normalize('NFC')
      byReference.set(reference, { reference, result, note })
    }
  })
  // Two verdicts for one applicant cannot be settled here: neither is applied until the file is corrected.
  const results = [...byReference.values()].filter((entry) => !duplicated.has(entry.reference))
  return { results, errors }
}

function normaliseWord(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

function findColumns(
  header: string[],
): { reference: number; result: number; note: number | undefined } | null {
  const names = header.map(normaliseWord)
  const reference = names.indexOf('reference')
  const result = names.indexOf('result')
  const note = names.indexOf('note')
  if (reference < 0 || result < 0) return null
  return { reference, result, note: note < 0 ? undefined : note }
}

/**
 * RFC 4180 records. Each record is one spreadsheet row, even when a quoted cell holds line breaks.
 * The delimiter is read from the header: Excel saves with the system's list separator, which is a
 * semicolon where the decimal mark is a comma, as with Vietnamese regional settings.
 */
function parseRecords(text: string): string[][] {
  const delimiter = detectDelimiter(text)
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  const endRecord = () => {
    record.push(cell)
    records.push(record)
    record = []
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (quoted) {
      cell += char
    } else if (char === delimiter) {
      record.push(cell)
      cell = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else {
      cell += char
    }
  }
  if (cell !== '' || record.length > 0) endRecord()
  return records
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/))
  const count = (char: string) => firstLine.split(char).length
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ','
}

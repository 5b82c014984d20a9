/**
 * CSV for spreadsheets: UTF-8 with a BOM and CRLF (what makes Excel open Vietnamese names
 * correctly), every non-empty cell quoted (RFC 4180), and text that would run as a formula defused
 * whatever list separator the reader's spreadsheet uses.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/**
 * Characters a spreadsheet may treat as the start of a formula (fullwidth forms included, which
 * some locales fold to ASCII), a tab or carriage return in front of one.
 */
const FORMULA_START = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20'

/**
 * Where a spreadsheet may start a new cell: the start of our cell, and after any character some
 * reader takes for a separator. A reader set to `;`, tab or `|` splits our line there even inside
 * quotes (the quotes are not at its cell's start, so it ignores them), and a reader that breaks
 * lines inside quotes starts a row at a line break. Spaces and quotes between that point and the
 * formula character do not protect it (some readers trim them).
 */
const CELL_START_BEFORE_FORMULA = new RegExp(
  `(^|[,;\\t|\\r\\n])(?=[ \\u00A0"]*[${FORMULA_START}])`,
  'g',
)

/**
 * One cell: a `'` is put wherever a spreadsheet could start a cell right before a formula
 * character, so that every cell any reader cuts out of it starts with `'` (text), then the whole is
 * quoted. An empty cell stays empty.
 */
export function csvCell(value: string): string {
  if (value === '') return ''
  const guarded = value.replace(CELL_START_BEFORE_FORMULA, "$1'")
  return `"${guarded.replace(/"/g, '""')}"`
}

/** True when no spreadsheet, whatever its separator, would read a formula in this CSV text. */
export function csvIsInert(csv: string): boolean {
  for (const separator of [',', ';', '\t', '|']) {
    for (const line of csv.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
      for (const cell of line.split(separator)) {
        const start = cell.replace(/^[ \u00A0"]*/, '')
        if (new RegExp(`^[${FORMULA_START}]`).test(start)) return false
      }
    }
  }
  return true
}

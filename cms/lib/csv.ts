/**
 * CSV for spreadsheets: UTF-8 with a BOM and CRLF (what makes Excel open Vietnamese names
 * correctly), RFC 4180 quoting, and cells that would run as formulas defused.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export function csvCell(value: string): string {
  // A spreadsheet runs a cell starting with one of these as a formula; outsiders choose these values.
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

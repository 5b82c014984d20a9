import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseVettingCsv, toVettingCsv, type VettingRow } from '~/cms/lib/accreditation/vettingCsv'
import { csvCell, csvIsInert } from '~/cms/lib/csv'

function applicant(overrides: Partial<VettingRow>): VettingRow {
  return {
    reference: 'DH1-0001',
    fullName: 'Nguyễn Thị Hồng Nhung',
    dateOfBirth: '1990-05-01',
    nationality: 'VN',
    idType: 'cccd',
    idNumber: '096190001234',
    pressCardNumber: 'NB-12345',
    outlet: 'Báo Cà Mau',
    role: 'Phóng viên',
    days: ['2025-09-24', '2025-09-25'],
    ...overrides,
  }
}

/**
 * What the authorities' spreadsheet does: fills result and note on each row in turn and saves with
 * LF line ends. Every exported row ends with its two empty cells, result and note.
 */
function fillInSpreadsheet(csv: string, verdicts: [result: string, note: string][]): string {
  let row = 0
  return csv
    .replace(/,,\r\n/g, () => {
      const [result, note] = verdicts[row++] ?? ['', '']
      return `,${result},${note}\r\n`
    })
    .replace(/\r\n/g, '\n')
}

describe('vetting list for the authorities', () => {
  it('opens in a spreadsheet with Vietnamese intact: BOM, CRLF, a header and one row per applicant', () => {
    const csv = toVettingCsv([applicant({})])
    assert.ok(
      csv.startsWith(
        '\uFEFF"reference","full_name","date_of_birth","nationality","id_type","id_number","press_card_number","outlet","role","days","result","note"\r\n',
      ),
    )
    assert.ok(
      csv.endsWith(
        '"DH1-0001","Nguyễn Thị Hồng Nhung","1990-05-01","VN","cccd","096190001234","NB-12345","Báo Cà Mau","Phóng viên","2025-09-24 2025-09-25",,\r\n',
      ),
    )
    assert.equal(csv.split('\r\n').length, 3)
  })

  it('quotes names with commas, quotes and line breaks', () => {
    const csv = toVettingCsv([
      applicant({ fullName: 'Trần "Tèo" Văn, Jr.', outlet: 'Thông tấn xã\nPhân xã Cà Mau' }),
    ])
    assert.match(csv, /,"Trần ""Tèo"" Văn, Jr\.",/)
    assert.match(csv, /,"Thông tấn xã\nPhân xã Cà Mau",/)
  })

  it('keeps applicant-typed text from running as a spreadsheet formula', () => {
    const csv = toVettingCsv([
      applicant({
        fullName: '=HYPERLINK("http://evil.example","Xem")',
        outlet: '+84 912 345 678',
        role: '-1+1',
        pressCardNumber: '@SUM(A1)',
        idNumber: '\t0961',
      }),
    ])
    assert.match(csv, /,"'=HYPERLINK\(""http:\/\/evil\.example"",""Xem""\)",/)
    assert.match(csv, /,"'\+84 912 345 678","'-1\+1",/)
    assert.match(csv, /,"'\t0961","'@SUM\(A1\)",/)
    assert.match(csv, /,"1990-05-01",/, 'a date with hyphens inside is left alone')
    assert.ok(csvIsInert(csv))
  })

  it('keeps a formula hidden behind a separator inert in a spreadsheet set to ; or tab or |', () => {
    const attacks = [
      'Weekly;=1+5',
      'Weekly\t=1+5',
      'Weekly|=1+5',
      'Weekly, =1+5',
      'Weekly;"=1+5"',
      'Weekly; "@SUM(A1)"',
      'a\n=1+5',
      'a\r-1',
      'x;+1;-2;@3',
      'Tuần;\uFF1D1+5',
      "; =cmd|' /C calc'!A0",
    ]
    const csv = toVettingCsv(
      attacks.map((outlet, index) =>
        applicant({
          reference: `DH1-${String(index + 1).padStart(4, '0')}`,
          outlet,
          fullName: outlet,
        }),
      ),
    )
    assert.ok(csvIsInert(csv), csv)
    // Unchanged text stays unchanged: only a quote mark is added.
    assert.match(csv, /"Weekly;'=1\+5"/)
    // What the plain `,` reader shows is the typed text with `'` in front of each formula start.
    const returned = parseVettingCsv(
      fillInSpreadsheet(
        csv,
        attacks.map(() => ['đạt', '']),
      ),
    )
    assert.deepEqual(returned.errors, [])
    assert.deepEqual(
      returned.results.map((entry) => entry.reference),
      attacks.map((_, index) => `DH1-${String(index + 1).padStart(4, '0')}`),
    )
  })

  it('names a CSV inert only when no separator can start a formula in it', () => {
    assert.equal(csvIsInert('"Weekly;=1+5"\r\n'), false)
    assert.equal(csvIsInert('a,b\r\n"=1"\r\n'), false)
    assert.equal(csvIsInert('a\t@x\r\n'), false)
    assert.equal(csvIsInert('"a;\'=1"\r\n'), true)
    assert.equal(csvCell(''), '')
    assert.equal(csvCell('Nguyễn Văn A'), '"Nguyễn Văn A"')
  })

  it('reads back the results the authorities filled in, whatever the names contained', () => {
    const rows = [
      applicant({ reference: 'DH1-0042', fullName: 'Lê Thị Ánh Tuyết' }),
      applicant({
        reference: 'DH1-0043',
        fullName: 'O\'Brien, "Pat"',
        nationality: 'IE',
        idType: 'passport',
        outlet: 'Reuters\nHanoi bureau',
      }),
      applicant({ reference: 'DH1-0044', fullName: 'Đặng Văn Đức' }),
      applicant({ reference: 'DH1-0045', fullName: 'Phạm Quỳnh Anh' }),
    ]
    const returned = fillInSpreadsheet(toVettingCsv(rows), [
      ['Đạt', ''],
      ['Không đạt', '"Cần xác minh thêm, liên hệ A.2"'],
      ['', ''],
      ['x', 'Đã kiểm tra'],
    ])
    assert.deepEqual(parseVettingCsv(returned), {
      results: [
        { reference: 'DH1-0042', result: 'cleared', note: '' },
        { reference: 'DH1-0043', result: 'flagged', note: 'Cần xác minh thêm, liên hệ A.2' },
        { reference: 'DH1-0045', result: 'cleared', note: 'Đã kiểm tra' },
      ],
      errors: [],
    })
  })
})

describe('reading the vetting results', () => {
  const header = 'reference,result,note\n'

  it('understands the words officials write, in either language, with or without diacritics', () => {
    const words = [
      'OK',
      ' pass ',
      'Đạt'.normalize('NFD'),
      'dat',
      'X',
      'CLEARED',
      'Không  Đạt',
      'khong dat',
      'No',
      'FAIL',
      'flagged',
    ]
    const csv =
      header +
      words.map((word, index) => `DH1-${String(index + 1).padStart(4, '0')},${word},`).join('\n')
    const { results, errors } = parseVettingCsv(csv)
    assert.deepEqual(errors, [])
    assert.deepEqual(
      results.map((entry) => entry.result),
      [...Array(6).fill('cleared'), ...Array(5).fill('flagged')],
    )
  })

  it('finds its columns by name, in any order and letter case, ignoring the others', () => {
    const csv = '\uFEFFGhi chú khác,Note,RESULT,Reference\r\nbỏ qua,Ổn,đạt,DH1-0007\r\n'
    assert.deepEqual(parseVettingCsv(csv).results, [
      { reference: 'DH1-0007', result: 'cleared', note: 'Ổn' },
    ])
  })

  it('reads a file saved by Excel with Vietnamese regional settings, which separates with semicolons', () => {
    const csv = 'reference;full_name;result;note\r\nDH1-0008;"Võ, Thị Sáu";không đạt;Trùng tên\r\n'
    assert.deepEqual(parseVettingCsv(csv).results, [
      { reference: 'DH1-0008', result: 'flagged', note: 'Trùng tên' },
    ])
  })

  it('skips rows not yet vetted without calling them errors', () => {
    assert.deepEqual(parseVettingCsv(`${header}DH1-0001,,\nDH1-0002,  ,chưa xong\n,,\n`), {
      results: [],
      errors: [],
    })
  })

  it('refuses a file without reference and result columns', () => {
    assert.deepEqual(parseVettingCsv('ma_ho_so,ket_qua\nDH1-0001,đạt\n'), {
      results: [],
      errors: [{ line: 1, code: 'no_header' }],
    })
    assert.deepEqual(parseVettingCsv(''), { results: [], errors: [{ line: 1, code: 'no_header' }] })
  })

  it('names the spreadsheet row of each problem, counting a multi-line cell as one row', () => {
    const csv = [
      'reference,outlet,result,note',
      'DH1-0001,"Báo Cà Mau\nBan Thời sự",đạt,', // row 2, spanning two lines of text
      ',Báo Nhân Dân,đạt,', // row 3
      'dh1-0003,Báo Tuổi Trẻ,đạt,', // row 4
      'DH1-42,VTV,đạt,', // row 5
      'DH1-0005,VOV,có lẽ,', // row 6
      'DH1-0006,TTXVN,đạt,', // row 7
    ].join('\r\n')
    const { results, errors } = parseVettingCsv(csv)
    assert.deepEqual(errors, [
      { line: 3, code: 'missing_reference' },
      { line: 4, code: 'bad_reference' },
      { line: 5, code: 'bad_reference' },
      { line: 6, code: 'unknown_result' },
    ])
    assert.deepEqual(
      results.map((entry) => entry.reference),
      ['DH1-0001', 'DH1-0006'],
    )
  })

  it('applies neither verdict when one applicant appears twice', () => {
    const csv = `${header}DH1-0001,đạt,\nDH1-0002,đạt,\nDH1-0001,không đạt,\n`
    assert.deepEqual(parseVettingCsv(csv), {
      results: [{ reference: 'DH1-0002', result: 'cleared', note: '' }],
      errors: [{ line: 4, code: 'duplicate_reference' }],
    })
  })

  it('does not take "constructor" or other odd words for a verdict', () => {
    assert.deepEqual(parseVettingCsv(`${header}DH1-0001,constructor,\n`).errors, [
      { line: 2, code: 'unknown_result' },
    ])
  })
})

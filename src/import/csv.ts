/**
 * Reading a CSV file with papaparse: quoted fields with commas and line breaks, a byte-order mark, and comma,
 * semicolon or tab separators (found from the file itself, as spreadsheets in many languages use `;`).
 */
import Papa from 'papaparse'
import { ImportError } from './import-result'

export type CsvTable = {
  /** Column names as written, trimmed. */
  columns: string[]
  /** Each row as column name (lowercase) → cell text, with the row's number in the spreadsheet (header = 1). */
  rows: { number: number; cells: Map<string, string> }[]
  /** What the file does wrong as CSV (a quote never closed), by row: the rows around it may be misread. */
  problems: { origin: string; message: string }[]
}

export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  })
  const [header, ...body] = parsed.data
  if (!header || header.every((cell) => cell.trim() === ''))
    throw new ImportError(
      'The file has no header row: expected the names of its columns on the first line.',
    )
  const columns = header.map((cell) => cell.trim())
  const keys = columns.map((column) => column.toLowerCase())
  return {
    columns,
    problems: parsed.errors
      .filter((error) => error.code !== 'UndetectableDelimiter')
      .map((error) => ({
        origin: error.row === undefined ? 'the file' : `row ${error.row + 1}`,
        message: `${error.message}; this row and the ones after it may be read wrongly`,
      })),
    rows: body.map((cells, index) => ({
      number: index + 2,
      cells: new Map(keys.map((key, column) => [key, (cells[column] ?? '').trim()])),
    })),
  }
}

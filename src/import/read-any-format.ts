/**
 * Reads a file in any format the app takes, told apart by its content, never by its name or a question: our
 * JSON, TimelineJS JSON, or a CSV whose columns say whether it is an ACLED export, TimelineJS's spreadsheet
 * template or ours.
 */
import { importAcled, ACLED_COLUMNS } from './acled'
import { readCsv } from './csv'
import { importCsvTemplate, REQUIRED_TEMPLATE_COLUMNS } from './csv-template'
import { ImportError, type ImportResult } from './import-result'
import { importTimelineJs, isTimelineJs } from './timelinejs'
import { importTimelineJsSheet, TIMELINEJS_SHEET_COLUMNS } from './timelinejs-sheet'

function hasColumns(columns: readonly string[], wanted: readonly string[]): boolean {
  const lower = new Set(columns.map((column) => column.toLowerCase()))
  return wanted.every((column) => lower.has(column))
}

/** `name` is the file's name or address, as the reader gave it: it titles a timeline that has no title. */
export function readAnyFormat(text: string, name: string): ImportResult {
  const content = text.replace(/^\uFEFF/, '')
  const start = content.trimStart()
  if (start === '') throw new ImportError(`${name} is empty.`)
  if (/^<(!doctype|html|head|body)\b/i.test(start))
    throw new ImportError(
      `${name} is a web page (HTML), not a dataset. Check the address: it should lead to the file itself.`,
    )
  if (start.startsWith('{') || start.startsWith('[')) {
    let json: unknown
    try {
      json = JSON.parse(content)
    } catch (error) {
      throw new ImportError(`${name} is not valid JSON (${(error as Error).message}).`)
    }
    if (isTimelineJs(json)) return importTimelineJs(json, name)
    return { format: 'conflict-timeline', document: json, origins: [], setAside: [], adjusted: [] }
  }
  const table = readCsv(content)
  if (hasColumns(table.columns, ACLED_COLUMNS)) return importAcled(table, name)
  if (hasColumns(table.columns, TIMELINEJS_SHEET_COLUMNS)) return importTimelineJsSheet(table, name)
  if (hasColumns(table.columns, REQUIRED_TEMPLATE_COLUMNS)) return importCsvTemplate(table, name)
  throw new ImportError(
    `${name} is neither JSON nor a spreadsheet this app knows. Its first line has the columns ${table.columns
      .slice(0, 8)
      .map((column) => `"${column}"`)
      .join(
        ', ',
      )}${table.columns.length > 8 ? ', …' : ''}; expected "date" and "title" (our template), "Year" and "Headline" (TimelineJS's template), or "event_id_cnty" and "event_date" (an ACLED export).`,
  )
}

/**
 * TimelineJS's Google Sheets template saved as CSV: one slide per row (Year, Month, Day, Time, End Year, …,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background). The row of
 * Type `title` is the title slide, rows of Type `era` are eras; the rest go through the same mapping as
 * TimelineJS JSON.
 */
import type { CsvTable } from './csv'
import { DatasetBuilder } from './dataset-builder'
import type { ImportResult } from './import-result'
import { addEra, addSlide, titleOf, type FieldNames } from './timelinejs'

export const TIMELINEJS_SHEET_COLUMNS = ['year', 'headline']

function dateParts(cells: Map<string, string>, prefix: string) {
  const time = cells.get(`${prefix}time`) ?? ''
  const [hour, minute] = time.split(':')
  const year = cells.get(`${prefix}year`) ?? ''
  if (!year && !time) return undefined
  return { year, month: cells.get(`${prefix}month`), day: cells.get(`${prefix}day`), hour, minute }
}

function slideOf(cells: Map<string, string>) {
  return {
    start_date: dateParts(cells, ''),
    end_date: dateParts(cells, 'end '),
    display_date: cells.get('display date'),
    text: { headline: cells.get('headline'), text: cells.get('text') },
    media: {
      url: cells.get('media'),
      credit: cells.get('media credit'),
      caption: cells.get('media caption'),
      thumbnail: cells.get('media thumbnail'),
    },
    group: cells.get('group'),
    background: cells.get('background'),
  }
}

const PART_COLUMNS = { year: 'Year', month: 'Month', day: 'Day' } as const

/** The template's own column names, as its author sees them in the sheet. */
const SHEET_FIELD_NAMES: FieldNames = (field, part) => {
  if (field === 'text') return 'Headline'
  const column = PART_COLUMNS[part ?? 'year']
  return field === 'end_date' ? `End ${column}` : column
}

export function importTimelineJsSheet(table: CsvTable, fileName: string): ImportResult {
  const builder = new DatasetBuilder('timelinejs-sheet')
  builder.noteFileProblems(table.problems)
  let title = null
  for (const { number, cells } of table.rows) {
    const type = (cells.get('type') ?? '').toLowerCase()
    const slide = slideOf(cells)
    if (type === 'title') title = slide
    else if (type === 'era') addEra(builder, slide, `row ${number}`, SHEET_FIELD_NAMES)
    else addSlide(builder, slide, `row ${number}`, SHEET_FIELD_NAMES)
  }
  return builder.build(titleOf(title, fileName))
}

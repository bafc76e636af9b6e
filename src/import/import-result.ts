/** What an importer gives back: a document in our format, where each event came from, and what it changed. */

export const IMPORT_FORMATS = {
  'conflict-timeline': 'Conflict Timeline JSON',
  timelinejs: 'TimelineJS JSON',
  'timelinejs-sheet': 'TimelineJS spreadsheet (CSV)',
  'csv-template': 'Conflict Timeline spreadsheet (CSV)',
  acled: 'ACLED export (CSV)',
} as const

export type ImportFormat = keyof typeof IMPORT_FORMATS

/** One record the importer could not take, or one change it made: where, which field, and what happened. */
export type ImportNote = {
  /** The record in the file as its author knows it: "row 14", "events[3]". */
  origin: string
  field: string
  message: string
}

/** The same change made to many records, said once with the records it was made to. */
export type ImportAdjustment = { message: string; origins: string[] }

export type ImportResult = {
  format: ImportFormat
  /** A dataset in our format (GUIDE §1), still to be validated like any other. */
  document: unknown
  /** For each event of `document`, where it came from in the file. */
  origins: string[]
  setAside: ImportNote[]
  adjusted: ImportAdjustment[]
}

/** A file in none of the formats, or one too broken to read: the message says what was expected. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

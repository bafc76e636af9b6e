/** What validation found: each problem with its place, and how many records were set aside. No zod here. */
import type { Dataset } from './schema'
import type { DatasetList } from './vocabulary'
import { formatNumber } from './format-number'

export type DatasetIssue = {
  /** Where the problem is, as a readable path: `events[12].sources[0].url`. */
  path: string
  /** The list and index of the record that was set aside; absent for problems with the whole document. */
  record?: {
    list: DatasetList
    index: number
    id?: string
    /** Where an imported record was in its own file: "row 14" of a CSV, "events[3]" of TimelineJS JSON. */
    origin?: string
  }
  /** The field inside the record, `""` for the record as a whole. */
  field: string
  message: string
}

/** What reading a file in another format did before validation (src/import). */
export type ImportSummary = {
  /** The format's name, as readers know it: "TimelineJS JSON". */
  formatLabel: string
  /** Records of the file the import could not take, each with why. */
  setAside: { origin: string; field: string; message: string }[]
  /** Changes made to fit our format, each with the records it was made to. */
  adjusted: { message: string; origins: string[] }[]
}

export type ValidationReport = {
  /** Null when the document cannot be used at all; see `issues`. */
  dataset: Dataset | null
  issues: DatasetIssue[]
  /** How many records of each list were set aside. */
  setAside: Record<DatasetList, number>
  /** Present when the file was in another format and was imported. */
  imported?: ImportSummary
}

/** One line a person can act on: `events[12] "2025-07-23-x" › date: expected a real calendar date, got "…"`. */
export function formatIssue(issue: DatasetIssue): string {
  if (!issue.record) return `${issue.path}: ${issue.message}`
  const { list, index, id, origin } = issue.record
  const record = `${list}[${index}]${id === undefined ? '' : ` "${id}"`}`
  const name = origin ? `${origin} (${record})` : record
  return issue.field ? `${name} › ${issue.field}: ${issue.message}` : `${name}: ${issue.message}`
}

export function countSetAside(report: ValidationReport): number {
  const checked = Object.values(report.setAside).reduce((sum, count) => sum + count, 0)
  return checked + (report.imported?.setAside.length ?? 0)
}

const LISTED_ORIGINS = 5

/** "row 2, row 3 and 41 more": the records a change was made to, without listing thousands. */
export function formatOrigins(origins: readonly string[]): string {
  if (origins.length <= LISTED_ORIGINS) return origins.join(', ')
  return `${origins.slice(0, LISTED_ORIGINS).join(', ')} and ${formatNumber(origins.length - LISTED_ORIGINS)} more`
}

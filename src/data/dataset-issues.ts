/** What validation found: each problem with its place, and how many records were set aside. No zod here. */
import type { Dataset } from './schema'
import type { DatasetList } from './vocabulary'

export type DatasetIssue = {
  /** Where the problem is, as a readable path: `events[12].sources[0].url`. */
  path: string
  /** The list and index of the record that was set aside; absent for problems with the whole document. */
  record?: { list: DatasetList; index: number; id?: string }
  /** The field inside the record, `""` for the record as a whole. */
  field: string
  message: string
}

export type ValidationReport = {
  /** Null when the document cannot be used at all; see `issues`. */
  dataset: Dataset | null
  issues: DatasetIssue[]
  /** How many records of each list were set aside. */
  setAside: Record<DatasetList, number>
}

/** One line a person can act on: `events[12] "2025-07-23-x" › date: expected a real calendar date, got "…"`. */
export function formatIssue(issue: DatasetIssue): string {
  if (!issue.record) return `${issue.path}: ${issue.message}`
  const { list, index, id } = issue.record
  const name = `${list}[${index}]${id === undefined ? '' : ` "${id}"`}`
  return issue.field ? `${name} › ${issue.field}: ${issue.message}` : `${name}: ${issue.message}`
}

export function countSetAside(report: ValidationReport): number {
  return Object.values(report.setAside).reduce((sum, count) => sum + count, 0)
}

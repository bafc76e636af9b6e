/**
 * A downloaded or opened file, in any format the app reads, as a document to validate, and what validation
 * then found, told in the file's own terms (row 14, events[3]) as well as ours.
 */
import type { DatasetIssue, ValidationReport } from '../data/dataset-issues'
import { IMPORT_FORMATS, ImportError, type ImportResult } from '../import/import-result'
import { readAnyFormat } from '../import/read-any-format'
import { DatasetLoadError } from './loaded-dataset'

export function importDocument(text: string, displayUrl: string): ImportResult {
  try {
    return readAnyFormat(text, displayUrl)
  } catch (error) {
    if (error instanceof ImportError)
      throw new DatasetLoadError('unreadable', displayUrl, error.message)
    throw error
  }
}

function withOrigin(issue: DatasetIssue, origins: readonly string[]): DatasetIssue {
  const origin = issue.record?.list === 'events' ? origins[issue.record.index] : undefined
  return origin && issue.record ? { ...issue, record: { ...issue.record, origin } } : issue
}

/** The validation report of an imported file, with the import's own findings. */
export function withImportFindings(
  report: ValidationReport,
  imported: ImportResult,
): ValidationReport {
  if (imported.format === 'conflict-timeline') return report
  return {
    ...report,
    issues: report.issues.map((issue) => withOrigin(issue, imported.origins)),
    imported: {
      formatLabel: IMPORT_FORMATS[imported.format],
      setAside: imported.setAside,
      adjusted: imported.adjusted,
    },
  }
}

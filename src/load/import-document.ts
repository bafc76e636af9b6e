/**
 * A downloaded or opened file, in any format the app reads, as a document to validate, and what validation
 * then found, told in the file's own terms (row 14, events[3]) as well as ours.
 */
import type { DatasetIssue, ValidationReport } from '../data/dataset-issues'
import { IMPORT_FORMATS, ImportError, type ImportResult } from '../import/import-result'
import { DatasetLoadError } from './loaded-dataset'

/** Our own format, told apart without loading the importers: a JSON object that names its schemaVersion. */
function asOurFormat(text: string): ImportResult | null {
  if (!text.trimStart().startsWith('{') || !text.includes('"schemaVersion"')) return null
  try {
    const document: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
    if (typeof document !== 'object' || document === null || !('schemaVersion' in document))
      return null
    return { format: 'conflict-timeline', document, origins: [], setAside: [], adjusted: [] }
  } catch {
    // Not valid JSON: the full reader says what is wrong with it.
    return null
  }
}

/**
 * The importers (parse5, papaparse) are loaded only for a file in another format, so that opening a dataset in
 * our own format costs no more than it did before they existed.
 */
export async function importDocument(text: string, displayUrl: string): Promise<ImportResult> {
  const ours = asOurFormat(text)
  if (ours) return ours
  const { readAnyFormat } = await import('../import/read-any-format')
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

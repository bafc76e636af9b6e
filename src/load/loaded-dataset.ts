/** A dataset ready for the page, and why one could not be used. Shared by the page and the loading worker. */
import type { DatasetIndex } from '../data/dataset-index'
import type { DatasetIssue, ValidationReport } from '../data/dataset-issues'
import type { FilterContext } from '../filters/filter-events'

export type LoadedDataset = {
  url: string
  index: DatasetIndex
  report: ValidationReport
  /** What filtering and search read, built with the index so that typing only scans prepared text. */
  filterContext: FilterContext
}

export type DatasetLoadFailure = 'network' | 'http' | 'unreadable' | 'invalid'

/** A dataset that could not be used at all; `issues` is filled for `invalid`. */
export class DatasetLoadError extends Error {
  constructor(
    readonly failure: DatasetLoadFailure,
    readonly url: string,
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}

/** How far a load has come, for the progress bar. */
export type LoadProgress = {
  stage: 'downloading' | 'reading' | 'checking' | 'indexing'
  /** Bytes downloaded so far, and in all when the server says. */
  loadedBytes: number
  totalBytes: number | null
  /** Events checked so far, and in all once the file is read. */
  checkedEvents: number
  totalEvents: number | null
}

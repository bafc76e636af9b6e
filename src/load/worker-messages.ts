/** What the page and the loading worker say to each other. */
import type { ValidationReport } from '../data/dataset-issues'
import type { DatasetIssue } from '../data/dataset-issues'
import type { DatasetLoadFailure, LoadProgress } from './loaded-dataset'

/**
 * The file, handed over (not copied), or the absolute address the worker downloads it from; and its address as
 * the reader gave it.
 */
export type WorkerRequest = { displayUrl: string } & (
  { bytes: Uint8Array<ArrayBuffer> } | { url: string }
)

export type WorkerReply =
  | { type: 'progress'; progress: LoadProgress }
  /**
   * A slice of kept events, in file order, as JSON text: measured in Chromium, the page takes 50,000 events in
   * and draws them about a tenth sooner from JSON.parse than from a structured clone of the same objects.
   */
  | { type: 'events'; eventsJson: string }
  /** The end: the report without its events (they came in slices). */
  | { type: 'loaded'; report: ValidationReport }
  | {
      type: 'failed'
      failure: DatasetLoadFailure
      url: string
      message: string
      issues: DatasetIssue[]
    }

/**
 * What the loading worker does with a file once it has its text: parses and validates it, and hands the page
 * the kept events in slices as soon as each is checked, so that the page takes them in, and reads their dates,
 * while the worker checks the next (assemble-dataset.ts). Loaded by the worker while the file downloads.
 */
import type { TimelineEvent } from '../data/schema'
import { startValidation } from '../data/validate-dataset'
import type { LoadProgress } from './loaded-dataset'
import { unusableDataset, type DownloadedText } from './download'
import { importDocument, withImportFindings } from './import-document'
import type { WorkerReply } from './worker-messages'

/** Small enough that the page takes a slice in without a long task. */
const SLICE_EVENTS = 2_000

export async function checkDataset(
  { text, byteLength }: DownloadedText,
  displayUrl: string,
  post: (reply: WorkerReply) => void,
): Promise<void> {
  const bytes = { loadedBytes: byteLength, totalBytes: byteLength }
  const report = (
    stage: LoadProgress['stage'],
    checkedEvents: number,
    totalEvents: number | null,
  ) => post({ type: 'progress', progress: { stage, ...bytes, checkedEvents, totalEvents } })
  report('reading', 0, null)
  const imported = await importDocument(text, displayUrl)
  const validation = startValidation(imported.document)
  if ('report' in validation)
    throw unusableDataset(displayUrl, withImportFindings(validation.report, imported))
  const kept: TimelineEvent[] = []
  for (let from = 0; from < validation.eventCount; from += SLICE_EVENTS) {
    const events = validation.checkEvents(from, from + SLICE_EVENTS)
    kept.push(...events)
    post({ type: 'events', eventsJson: JSON.stringify(events) })
    report('checking', Math.min(validation.eventCount, from + SLICE_EVENTS), validation.eventCount)
  }
  const finished = withImportFindings(validation.finish(kept), imported)
  if (!finished.dataset) throw unusableDataset(displayUrl, finished)
  report('indexing', validation.eventCount, validation.eventCount)
  const withoutEvents = { ...finished, dataset: { ...finished.dataset, events: [] } }
  post({ type: 'loaded', report: withoutEvents })
}

/**
 * The loading worker: parses, validates and indexes a dataset off the page's main thread, so that a large file
 * never freezes the page. The worker downloads the file itself (a file opened from disk is handed over). Events
 * are checked in slices and each slice is handed to the page as soon as it is checked, so that the page takes
 * them in while the worker checks the next (assemble-dataset.ts).
 */
import { chronologicalOrder, eventSpans } from '../data/dataset-index'
import type { TimelineEvent } from '../data/schema'
import { startValidation } from '../data/validate-dataset'
import { facetsOf } from '../filters/filter-criteria'
import { searchTextOf } from '../filters/search-index'
import { DatasetLoadError, type LoadProgress } from './loaded-dataset'
import { decodeText, downloadBytes, unusableDataset } from './download'
import { importDocument, withImportFindings } from './import-document'
import type { WorkerReply, WorkerRequest } from './worker-messages'

/** Small enough that the page takes a slice in without a long task. */
const SLICE_EVENTS = 2_000

const post = (reply: WorkerReply, transfer: Transferable[] = []) => postMessage(reply, { transfer })

async function load(request: WorkerRequest) {
  const { displayUrl } = request
  // Downloaded here rather than by the page, whose thread is busy starting the app while the file arrives.
  const file =
    'bytes' in request
      ? request.bytes
      : await downloadBytes(request.url, displayUrl, (progress) =>
          post({ type: 'progress', progress }),
        )
  const text = decodeText(file)
  const bytes = { loadedBytes: file.byteLength, totalBytes: file.byteLength }
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
  const lookups = {
    actorsById: new Map(validation.actors.map((actor) => [actor.id, actor])),
    locationsById: new Map(validation.locations.map((location) => [location.id, location])),
  }
  const kept: TimelineEvent[] = []
  for (let from = 0; from < validation.eventCount; from += SLICE_EVENTS) {
    const events = validation.checkEvents(from, from + SLICE_EVENTS)
    kept.push(...events)
    post({
      type: 'events',
      events,
      searchTexts: events.map((event) => searchTextOf(lookups, event)),
      facets: events.map((event) => facetsOf(lookups, event)),
    })
    report('checking', Math.min(validation.eventCount, from + SLICE_EVENTS), validation.eventCount)
  }
  const finished = withImportFindings(validation.finish(kept), imported)
  if (!finished.dataset) throw unusableDataset(displayUrl, finished)
  report('indexing', validation.eventCount, validation.eventCount)
  const order = Int32Array.from(chronologicalOrder(kept, eventSpans(kept)))
  const withoutEvents = { ...finished, dataset: { ...finished.dataset, events: [] } }
  post({ type: 'loaded', report: withoutEvents, order }, [order.buffer])
}

onmessage = async (message: MessageEvent<WorkerRequest>) => {
  try {
    await load(message.data)
  } catch (error) {
    post(
      error instanceof DatasetLoadError
        ? {
            type: 'failed',
            failure: error.failure,
            url: error.url,
            message: error.message,
            issues: [...error.issues],
          }
        : {
            type: 'failed',
            failure: 'invalid',
            url: message.data.displayUrl,
            message: `The dataset at ${message.data.displayUrl} could not be read (${String(error)}).`,
            issues: [],
          },
    )
  }
}

/**
 * Loads a dataset. The bundled one is checked when the app is built (scripts/vite/bundled-dataset-plugin.ts),
 * so the page only parses and indexes it, which for a few hundred events is quicker than starting a worker.
 * Any other dataset, downloaded or opened from the reader's disk (local-files.ts), is parsed, validated and
 * indexed in a worker, with progress, and the worker is stopped when the load is abandoned. Where workers do not exist (jsdom), the same steps run on the page.
 */
import { indexDataset } from '../data/dataset-index'
import type { Dataset, TimelineEvent } from '../data/schema'
import { buildFilterContext, prepareFilterContext } from '../filters/filter-context'
import { DatasetAssembly } from './assemble-dataset'
import { DatasetLoadError, type LoadedDataset } from './loaded-dataset'
import { fetchDataset, parseJson, type ProgressListener } from './download'
import { isLocalAddress, localFileName, readLocalFile } from './local-files'
import type { StartedLoad } from './start-loading'
import type { WorkerReply, WorkerRequest } from './worker-messages'

/** The bundled dataset as the page's first script parsed it (start-loading.ts), taken once; null if not. */
async function takeStartedBundledLoad(url: string): Promise<unknown> {
  const started = window.conflictTimelineBundledLoad
  if (started?.url !== new URL(url, document.baseURI).href) return null
  window.conflictTimelineBundledLoad = undefined
  return started.dataset
}

async function loadTrusted(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  // Read whole, without progress: a progress bar would not have time to show, and reading it in chunks costs
  // the page more than the browser's own decoding. Where the first script could not, the download says why.
  const dataset = ((await takeStartedBundledLoad(url)) ??
    parseJson(await (await fetchDataset(url, url, signal, 'same-origin')).text(), url)) as Dataset
  const index = indexDataset(dataset)
  const setAside = { actors: 0, locations: 0, eventTypes: 0, periods: 0, events: 0 }
  return {
    url,
    index,
    report: { dataset, issues: [], setAside },
    filterContext: buildFilterContext(index),
  }
}

/** Reads the bytes of a file the reader opened from disk, kept in this browser. */
async function localBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readLocalFile(localFileName(url))
  if (!bytes)
    throw new DatasetLoadError(
      'unreadable',
      url,
      `“${localFileName(url)}” is no longer kept in this browser (its storage was cleared, or the link was opened in another browser). Open the file again with “Open data”.`,
    )
  return bytes
}

/**
 * A worker for a file's bytes, sent by message, or for an address. An address goes in the worker's name, so that
 * the worker starts downloading as soon as its script runs, without waiting for a message (as start-loading.ts
 * asks it too).
 */
function createLoadingWorker(url: string | null): Worker {
  // The worker resolves addresses against its own script's: give it the page's reading of this one.
  const request: WorkerRequest | null = url
    ? { url: new URL(url, document.baseURI).href, displayUrl: url }
    : null
  const name = request ? JSON.stringify(request) : ''
  return new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name })
}

/** The load the page's first script started for `url` (start-loading.ts), taken over once. */
function takeStartedLoad(url: string): StartedLoad | null {
  const started = window.conflictTimelineStartedLoad
  if (started?.address !== url) return null
  window.conflictTimelineStartedLoad = undefined
  return started
}

/** `file`: the bytes of a file opened from disk, or, for an address, null: the worker downloads it. */
function loadInWorker(
  url: string,
  file: Promise<Uint8Array<ArrayBuffer>> | null,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const started = file === null ? takeStartedLoad(url) : null
  const worker = started?.worker ?? createLoadingWorker(file === null ? url : null)
  return new Promise<LoadedDataset>((resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
    const fail = (event: ErrorEvent) =>
      reject(
        new DatasetLoadError('invalid', url, `The dataset could not be read (${event.message}).`),
      )
    const assembly = new DatasetAssembly()
    const receive = (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress(reply.progress)
      else if (reply.type === 'events')
        assembly.addSlice(JSON.parse(reply.eventsJson) as TimelineEvent[])
      else if (reply.type === 'loaded') resolve(assembly.finish(url, reply.report))
      else reject(new DatasetLoadError(reply.failure, reply.url, reply.message, reply.issues))
    }
    worker.onerror = fail
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => receive(data)
    started?.replies.forEach(receive)
    if (started?.error) fail(started.error)
    if (file === null) return
    file.then((bytes) => {
      const request: WorkerRequest = { bytes, displayUrl: localFileName(url) }
      worker.postMessage(request, [bytes.buffer])
    }, reject)
  }).finally(() => worker.terminate())
}

async function loadIndexed(
  url: string,
  isBundled: boolean,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  if (isBundled) return loadTrusted(url, signal)
  if (isLocalAddress(url)) return loadInWorker(url, localBytes(url), onProgress, signal)
  if (typeof Worker === 'undefined') {
    const { readDataset } = await import('./read-dataset')
    return readDataset(url, url, onProgress, signal)
  }
  return loadInWorker(url, null, onProgress, signal)
}

export async function loadDataset(
  url: string,
  isBundled: boolean,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const loaded = await loadIndexed(url, isBundled, onProgress, signal)
  // Search and filters read each event's folded text and facets: prepared once the first view is drawn.
  prepareFilterContext(loaded.filterContext)
  return loaded
}

/**
 * Loads a dataset. The bundled one is checked when the app is built (scripts/vite/bundled-dataset-plugin.ts),
 * so the page only parses and indexes it, which for a few hundred events is quicker than starting a worker.
 * Any other dataset is downloaded, parsed, validated and indexed in a worker, with progress, and the worker is
 * stopped when the load is abandoned. Where workers do not exist (jsdom), the same steps run on the page.
 */
import { indexDataset } from '../data/dataset-index'
import type { Dataset } from '../data/schema'
import { buildFilterContext } from '../filters/filter-context'
import { DatasetAssembly } from './assemble-dataset'
import { DatasetLoadError, type LoadedDataset } from './loaded-dataset'
import { downloadBytes, downloadText, parseJson, type ProgressListener } from './download'
import type { WorkerReply, WorkerRequest } from './worker-messages'

async function loadTrusted(
  url: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  // Same credentials as index.html's preload of this file, so that the preloaded response is the one used.
  const text = await downloadText(url, url, onProgress, signal, 'same-origin')
  const dataset = parseJson(text, url) as Dataset
  const index = indexDataset(dataset)
  const setAside = { actors: 0, locations: 0, eventTypes: 0, periods: 0, events: 0 }
  return {
    url,
    index,
    report: { dataset, issues: [], setAside },
    filterContext: buildFilterContext(index),
  }
}

function loadInWorker(
  url: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' })
  // The download runs while the worker starts; a failed one rejects with its own message.
  const download = downloadBytes(url, url, onProgress, signal)
  return new Promise<LoadedDataset>((resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
    worker.onerror = (event) =>
      reject(
        new DatasetLoadError('invalid', url, `The dataset could not be read (${event.message}).`),
      )
    const assembly = new DatasetAssembly()
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === 'progress') onProgress(data.progress)
      else if (data.type === 'events') assembly.addSlice(data.events, data.searchTexts, data.facets)
      else if (data.type === 'loaded') resolve(assembly.finish(url, data.report, data.order))
      else reject(new DatasetLoadError(data.failure, data.url, data.message, data.issues))
    }
    download.then((bytes) => {
      const request: WorkerRequest = { bytes, displayUrl: url }
      worker.postMessage(request, [bytes.buffer])
    }, reject)
  }).finally(() => worker.terminate())
}

export async function loadDataset(
  url: string,
  isBundled: boolean,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  if (isBundled) return loadTrusted(url, onProgress, signal)
  if (typeof Worker === 'undefined') {
    const { readDataset } = await import('./read-dataset')
    return readDataset(url, url, onProgress, signal)
  }
  return loadInWorker(url, onProgress, signal)
}

/**
 * The page's first script, run before the app's modules have arrived (scripts/vite/preload-first-view-plugin.ts
 * writes this function into a file of its own and loads it from index.html): a dataset named by `data=` starts
 * loading in the loading worker at once, since a worker takes 40–90 ms to start and the app's modules another
 * 100 ms to arrive. Without one, the bundled dataset is downloaded and parsed here, while the page waits for its
 * modules, so that a dataset named by `data=` never waits behind the bundled one's download, and the bundled one
 * is parsed off the first draw's path (about 10 ms sooner, medians of 15 loads). The app takes either load over
 * (load-dataset.ts) when it reads the same address; an address it refuses is left to load unused.
 *
 * Written into its file as text, it can use nothing from outside its body; it is given its script element's
 * data: the files it needs and the prefix of a local file's address.
 */
import type { WorkerReply } from './worker-messages'

export type StartedLoad = {
  address: string
  worker: Worker
  /** The worker's replies before the app took it over, in order. */
  replies: WorkerReply[]
  error: ErrorEvent | null
}

/** The bundled dataset, parsed, or null when it could not be: the app then downloads it itself. */
export type StartedBundledLoad = { url: string; dataset: Promise<unknown> }

declare global {
  interface Window {
    conflictTimelineStartedLoad?: StartedLoad
    conflictTimelineBundledLoad?: StartedBundledLoad
  }
}

export function startLoading(files: {
  worker?: string
  dataset?: string
  localPrefix?: string
}): void {
  const { worker: workerPath, dataset: datasetPath, localPrefix } = files
  if (!workerPath || !datasetPath || !localPrefix) return
  const address = new URLSearchParams(window.location.search).get('data')?.trim()
  if (!address) {
    const url = new URL(datasetPath, document.baseURI).href
    const dataset = fetch(url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
      .catch(() => null)
    window.conflictTimelineBundledLoad = { url, dataset }
    return
  }
  if (address.startsWith(localPrefix) || typeof Worker === 'undefined') return
  // As load-dataset.ts asks: the address resolved against the page, in the worker's name.
  const request = { url: new URL(address, document.baseURI).href, displayUrl: address }
  const started: StartedLoad = {
    address,
    worker: new Worker(workerPath, { type: 'module', name: JSON.stringify(request) }),
    replies: [],
    error: null,
  }
  started.worker.onmessage = (message: MessageEvent<WorkerReply>) => {
    started.replies.push(message.data)
  }
  started.worker.onerror = (event) => {
    started.error = event
  }
  window.conflictTimelineStartedLoad = started
}

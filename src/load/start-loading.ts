/**
 * The page's first script, run before the app's modules have arrived (scripts/vite/preload-first-view-plugin.ts
 * writes this function into a file of its own and loads it from index.html): a dataset named by `data=` starts
 * loading in the loading worker at once, since a worker takes 40–90 ms to start and the app's modules another
 * 100 ms to arrive; without one, the bundled dataset is preloaded, so that a dataset named by `data=` never waits
 * behind the bundled one's download. The app takes the started load over (load-dataset.ts, `takeStartedLoad`)
 * when it reads the same address; an address it refuses is left to load unused.
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

declare global {
  interface Window {
    conflictTimelineStartedLoad?: StartedLoad
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
    const preload = document.createElement('link')
    preload.rel = 'preload'
    preload.as = 'fetch'
    preload.crossOrigin = 'anonymous'
    preload.href = datasetPath
    document.head.append(preload)
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

/**
 * The entry: it starts what the first view waits for (the dataset, in a worker when it is not the bundled one,
 * and the timeline's code) and renders once both are in, or after FIRST_RENDER_WAIT_MS with a progress bar, so
 * that a quick load renders once instead of twice. In the build the page's first script has already started the
 * dataset (load/start-loading.ts). The app is imported statically: it comes in the same file as the entry's
 * own imports (scripts/vite/first-view-chunks.ts), and imported with `import()` it was handed over one task
 * after the timeline's code, which held up the first render by 10–25 ms (decision 0003).
 */
import { QueryClient } from '@tanstack/query-core'
import { BUNDLED_DATASET_URL, datasetQueryOptions } from './load/dataset-query'
import { registerOfflineCacheAfter } from './load/offline-cache'
import { renderApp } from './render-app'
import { preloadTimeline } from './timeline/timeline-chunk'
import { parseViewState } from './url/parse-view-state'
import './styles.css'

const FIRST_RENDER_WAIT_MS = 400

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
})

const initialView = parseViewState(window.location.search).view
const firstViewReady = Promise.all([
  queryClient.prefetchQuery(datasetQueryOptions(initialView.dataUrl ?? BUNDLED_DATASET_URL)),
  initialView.view === 'timeline' ? preloadTimeline() : undefined,
])
await Promise.race([
  firstViewReady,
  new Promise((resolve) => window.setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
])

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
renderApp(root, queryClient)
registerOfflineCacheAfter(firstViewReady)

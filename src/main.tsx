import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { BUNDLED_DATASET_URL, datasetQueryOptions } from './load/dataset-query'
import { preloadTimeline } from './timeline/LoadedTimeline'
import { AppErrorBoundary } from './ui/AppErrorBoundary'
import { parseViewState } from './url/parse-view-state'
import './styles.css'

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
})

/** How long the first render waits for the dataset and the timeline's code rather than show "Loading". */
const FIRST_RENDER_WAIT_MS = 400

// The dataset and the timeline's code are what the first view waits for: both start loading now, side by side,
// and the page is rendered once they are in (or at the latest after FIRST_RENDER_WAIT_MS, with a progress bar),
// so that a quick load renders once instead of twice.
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

createRoot(root).render(
  <StrictMode>
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </AppErrorBoundary>
  </StrictMode>,
)

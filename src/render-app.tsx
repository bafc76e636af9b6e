import type { QueryClient } from '@tanstack/query-core'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { AppErrorBoundary } from './ui/AppErrorBoundary'

/**
 * React and the app, loaded by main.tsx while the dataset and the timeline's code are on their way. The first
 * render is synchronous: scheduled, it waited for a task of its own, and its effects (the timeline's creation
 * among them) for the frame after, which painted the page once without its timeline. Synchronous, the bundled
 * dataset's first event was drawn about 40 ms sooner (headless Chromium, medians of 11 and 13 loads).
 */
export function renderApp(root: HTMLElement, queryClient: QueryClient) {
  const reactRoot = createRoot(root)
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <AppErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </AppErrorBoundary>
      </StrictMode>,
    ),
  )
}

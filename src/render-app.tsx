import type { QueryClient } from '@tanstack/query-core'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { AppErrorBoundary } from './ui/AppErrorBoundary'

/** React and the app, loaded by main.tsx while the dataset and the timeline's code are on their way. */
export function renderApp(root: HTMLElement, queryClient: QueryClient) {
  createRoot(root).render(
    <StrictMode>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </AppErrorBoundary>
    </StrictMode>,
  )
}

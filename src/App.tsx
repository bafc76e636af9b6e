/** Reads the view from the URL, loads the dataset it names, and shows the loading, error or main view. */
import { useEffect } from 'react'
import { BUNDLED_DATASET_URL } from './load/dataset-query'
import { useDataset } from './load/use-dataset'
import { useViewState } from './url/use-view-state'
import { DatasetError, LoadingView, MainView } from './features/explore'
import { EmbedView } from './features/embed'
import { PresentMode } from './features/present'
import { ViewErrorBoundary } from './ui/ViewErrorBoundary'

export function App() {
  const { view, notices, unknownParams, setView } = useViewState()
  const datasetQuery = useDataset(view.dataUrl)
  // Present mode is for projectors: high contrast unless the link asks for a theme.
  const theme = view.theme === 'auto' && view.mode === 'present' ? 'contrast' : view.theme

  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])

  if (datasetQuery.isPending) {
    return (
      <LoadingView
        url={view.dataUrl ?? BUNDLED_DATASET_URL}
        onCancel={view.dataUrl ? () => setView({ ...view, dataUrl: null }) : undefined}
      />
    )
  }
  if (datasetQuery.isError) {
    return (
      <main className="min-h-dvh p-4 sm:p-8">
        <h1 className="mb-4 text-lg font-semibold">Conflict Timeline</h1>
        <DatasetError
          error={datasetQuery.error}
          onRetry={() => void datasetQuery.refetch()}
          isRetrying={datasetQuery.isFetching}
        />
      </main>
    )
  }
  if (view.mode === 'embed') {
    return (
      <ViewErrorBoundary name="The embedded timeline">
        <EmbedView
          loaded={datasetQuery.data}
          view={view}
          unknownParams={unknownParams}
          setView={setView}
        />
      </ViewErrorBoundary>
    )
  }
  if (view.mode === 'present') {
    return (
      <ViewErrorBoundary name="Present mode">
        <PresentMode loaded={datasetQuery.data} view={view} setView={setView} />
      </ViewErrorBoundary>
    )
  }
  return (
    <ViewErrorBoundary name="The page">
      <MainView loaded={datasetQuery.data} view={view} urlNotices={notices} setView={setView} />
    </ViewErrorBoundary>
  )
}

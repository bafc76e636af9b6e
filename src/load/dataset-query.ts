/**
 * The dataset is server state: loaded once per address through TanStack Query (in a worker, see
 * load-dataset.ts), validated at the edge, and cached for the whole session (it cannot change while the page
 * is open).
 */
import bundledDatasetUrl from '../../data/events.json?url'
import { loadDataset } from './load-dataset'
import { DatasetLoadError } from './loaded-dataset'
import { reportProgress } from './load-progress'

export const BUNDLED_DATASET_URL: string = bundledDatasetUrl

/** Plain options, without React's queryOptions helper, so that main.tsx can prefetch before React loads. */
export function datasetQueryOptions(url: string) {
  return {
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      loadDataset(
        url,
        url === BUNDLED_DATASET_URL,
        (progress) => reportProgress(url, progress),
        signal,
      ),
    staleTime: Infinity,
    gcTime: Infinity,
    // A wrong address or a broken file will not fix itself; only a dropped connection is worth one retry.
    retry: (failureCount: number, error: Error) =>
      error instanceof DatasetLoadError && error.failure === 'network' && failureCount < 1,
  }
}

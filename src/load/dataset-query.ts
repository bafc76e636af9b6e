/**
 * The dataset is server state: fetched once per address through TanStack Query, validated at the edge, and
 * cached for the whole session (it cannot change while the page is open).
 */
import { queryOptions } from '@tanstack/react-query'
import bundledDatasetUrl from '../../data/events.json?url'
import { indexDataset, type DatasetIndex } from './dataset-index'
import { validateDataset, type DatasetIssue, type ValidationReport } from './validate-dataset'

export const BUNDLED_DATASET_URL: string = bundledDatasetUrl

export type LoadedDataset = {
  url: string
  index: DatasetIndex
  report: ValidationReport
}

export type DatasetLoadFailure = 'network' | 'http' | 'not-json' | 'invalid'

/** A dataset that could not be used at all; `issues` is filled for `invalid`. */
export class DatasetLoadError extends Error {
  constructor(
    readonly failure: DatasetLoadFailure,
    readonly url: string,
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  let response: Response
  try {
    response = await fetch(url, { signal, credentials: 'omit' })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError(
      'network',
      url,
      `The dataset at ${url} could not be reached (${(error as Error).message}). Check the address and your connection.`,
    )
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      url,
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
    )
  }
  const body = await response.text()
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    throw new DatasetLoadError(
      'not-json',
      url,
      `The file at ${url} is not JSON (${(error as Error).message}).`,
    )
  }
  const report = validateDataset(json)
  if (!report.dataset) {
    throw new DatasetLoadError(
      'invalid',
      url,
      `The file at ${url} is not a usable Conflict Timeline dataset.`,
      report.issues,
    )
  }
  return { url, index: indexDataset(report.dataset), report }
}

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A wrong address or a broken file will not fix itself; only a dropped connection is worth one retry.
    retry: (failureCount, error) =>
      error instanceof DatasetLoadError && error.failure === 'network' && failureCount < 1,
  })
}

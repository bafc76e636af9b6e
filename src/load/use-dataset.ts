import { useQuery } from '@tanstack/react-query'
import { BUNDLED_DATASET_URL, datasetQueryOptions } from './dataset-query'

/** The one way components read the dataset: the bundled one, or the one `?data=` names. */
export function useDataset(dataUrl: string | null) {
  return useQuery(datasetQueryOptions(dataUrl ?? BUNDLED_DATASET_URL))
}

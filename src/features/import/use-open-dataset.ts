/**
 * Opening another dataset, from a file or an address: it is loaded and checked first, and the view moves to it
 * only when it can be shown, so that a file that fails leaves the current data and view on screen.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { datasetQueryOptions } from '../../load/dataset-query'
import { MAX_DATASET_BYTES } from '../../load/download'
import { DatasetLoadError, type LoadedDataset } from '../../load/loaded-dataset'
import { deleteLocalFile, localAddress, saveLocalFile } from '../../load/local-files'
import { formatIssue } from '../../data/dataset-issues'

export type OpenState =
  | { status: 'idle' }
  | { status: 'loading'; address: string; name: string }
  | { status: 'failed'; name: string; message: string; problems: string[] }

/** `onOpened` is called with the address and the dataset once it can be shown. */
export function useOpenDataset(onOpened: (address: string, loaded: LoadedDataset) => void) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<OpenState>({ status: 'idle' })
  const current = useRef<string | null>(null)

  const load = async (address: string, name: string, onFailure?: () => Promise<void>) => {
    current.current = address
    setState({ status: 'loading', address, name })
    // A file opened again under the same name may have changed: read it anew.
    queryClient.removeQueries({ queryKey: ['dataset', address], exact: true })
    try {
      const loaded = await queryClient.fetchQuery(datasetQueryOptions(address))
      if (current.current !== address) return
      setState({ status: 'idle' })
      onOpened(address, loaded)
    } catch (error) {
      queryClient.removeQueries({ queryKey: ['dataset', address], exact: true })
      await onFailure?.()
      if (current.current !== address) return
      setState({
        status: 'failed',
        name,
        message: error instanceof Error ? error.message : String(error),
        problems:
          error instanceof DatasetLoadError ? error.issues.slice(0, 20).map(formatIssue) : [],
      })
    }
  }

  return {
    state,
    openFile: async (file: File) => {
      const address = localAddress(file.name)
      if (file.size > MAX_DATASET_BYTES) {
        setState({
          status: 'failed',
          name: file.name,
          message: `${file.name} is ${Math.round(file.size / (1024 * 1024))} MB; this app reads files of up to ${MAX_DATASET_BYTES / (1024 * 1024)} MB. Split it into smaller files, by year or by region.`,
          problems: [],
        })
        return
      }
      try {
        await saveLocalFile(file.name, await file.arrayBuffer())
      } catch (error) {
        setState({
          status: 'failed',
          name: file.name,
          message: `“${file.name}” could not be kept in this browser (${(error as Error).message}).`,
          problems: [],
        })
        return
      }
      await load(address, file.name, () => deleteLocalFile(file.name))
    },
    openAddress: (address: string) => load(address, address),
    cancel: () => {
      const address = current.current
      current.current = null
      if (address) void queryClient.cancelQueries({ queryKey: ['dataset', address], exact: true })
      setState({ status: 'idle' })
    },
    clear: () => setState({ status: 'idle' }),
  }
}

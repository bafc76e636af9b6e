/**
 * Everything that opens another dataset: the dialog, a file dropped on the page, and the move to the new
 * dataset's own view once it has loaded.
 */
import type { LoadedDataset } from '../../load/loaded-dataset'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../view/view-state'
import { DropOverlay } from './DropOverlay'
import { OpenDataDialog } from './OpenDataDialog'
import { useFileDrop } from './use-file-drop'
import { useOpenDataset } from './use-open-dataset'

type OpenDataProps = {
  view: ViewState
  isDialogOpen: boolean
  onDialogOpenChange: (isOpen: boolean) => void
  onOpen: (view: ViewState) => void
}

/**
 * The new dataset's first view: its own, since the filters of the last one mean nothing there. Lanes are by
 * type when its types all share one category, as a TimelineJS timeline's groups do.
 */
export function firstViewOf(loaded: LoadedDataset, address: string, current: ViewState): ViewState {
  const categories = new Set(loaded.index.dataset.eventTypes.map((type) => type.category))
  return {
    ...DEFAULT_VIEW_STATE,
    theme: current.theme,
    dataUrl: address,
    grouping:
      categories.size === 1 && loaded.index.dataset.eventTypes.length > 1 ? 'type' : 'category',
  }
}

export function OpenData({ view, isDialogOpen, onDialogOpenChange, onOpen }: OpenDataProps) {
  const opening = useOpenDataset((address, loaded) => {
    onDialogOpenChange(false)
    onOpen(firstViewOf(loaded, address, view))
  })
  const isDragging = useFileDrop((file) => {
    onDialogOpenChange(true)
    void opening.openFile(file)
  })
  return (
    <>
      <OpenDataDialog
        isOpen={isDialogOpen}
        state={opening.state}
        onClose={() => {
          onDialogOpenChange(false)
          opening.clear()
        }}
        onOpenFile={(file) => void opening.openFile(file)}
        onOpenAddress={(address) => void opening.openAddress(address)}
        onCancel={opening.cancel}
      />
      {isDragging && <DropOverlay />}
    </>
  )
}

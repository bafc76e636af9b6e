/** "Download": the shown events, as the filters leave them, in each format the app writes. */
import type { DatasetIndex } from '../../data/dataset-index'
import type { TimelineEvent } from '../../data/schema'
import { datasetOf } from '../../export/dataset-subset'
import { EXPORT_FORMATS } from '../../export/export-formats'
import { slugOf } from '../../import/dataset-builder'
import { Popover } from '../../ui/Popover'
import { saveFile } from '../../ui/save-file'
import { formatNumber } from '../../data/format-number'

type DownloadMenuProps = { index: DatasetIndex; events: readonly TimelineEvent[] }

export function DownloadMenu({ index, events }: DownloadMenuProps) {
  const count = events.length
  return (
    <Popover
      title="Download"
      panelLabel="Download the shown events"
      align="right"
      panelClassName="w-[min(24rem,calc(100vw-2rem))]"
      trigger="Download"
    >
      {(close) => (
        <div className="flex flex-col gap-2 p-3">
          <p className="ct-muted text-sm">
            The {formatNumber(count)} {count === 1 ? 'event' : 'events'} shown, with the filters as
            they are.
          </p>
          <ul className="flex flex-col gap-2">
            {EXPORT_FORMATS.map((format) => (
              <li key={format.id}>
                <button
                  type="button"
                  className="ct-button flex w-full flex-col items-start rounded-md border px-3 py-2 text-left text-sm"
                  disabled={count === 0}
                  onClick={async () => {
                    const dataset = datasetOf(index, events)
                    const text = await format.write(dataset)
                    saveFile(
                      `${slugOf(dataset.title, 'timeline')}.${format.extension}`,
                      format.mimeType,
                      text,
                    )
                    close()
                  }}
                >
                  <span className="font-medium">{format.label}</span>
                  <span className="ct-muted text-xs">{format.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Popover>
  )
}

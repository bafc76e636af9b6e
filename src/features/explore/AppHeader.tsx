import { useId, useState } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { Grouping, Theme, ViewKind, ViewState } from '../../view/view-state'
import { CopyLinkButton } from './CopyLinkButton'
import { EmbedBuilder } from '../embed'
import { DownloadMenu } from '../export'
import type { TimelineEvent } from '../../data/schema'
import { isLocalAddress, localFileName } from '../../load/local-files'
import { LessonsMenu } from '../lessons'
import { StatusLine } from '../../ui/StatusLine'
import { ThemeSelect } from './ThemeSelect'
import { ViewControls } from './ViewControls'
import { formatNumber } from '../../data/format-number'

type AppHeaderProps = {
  index: DatasetIndex
  view: ViewState
  shownEvents: readonly TimelineEvent[]
  /** The view in words, for embed titles and shared links: "Type: Negotiations · Search: “istanbul”". */
  embedTitle: string
  onViewChange: (view: ViewKind) => void
  onGroupingChange: (grouping: Grouping) => void
  onThemeChange: (theme: Theme) => void
  onPresent: () => void
  onOpenLesson: (view: ViewState) => void
  onOpenData: () => void
}

/** Title, status, and what a reader can do with the whole view: switch it, present it, print it, share it. */
export function AppHeader({
  index,
  view,
  shownEvents,
  embedTitle,
  onViewChange,
  onGroupingChange,
  onThemeChange,
  onPresent,
  onOpenLesson,
  onOpenData,
}: AppHeaderProps) {
  const shownCount = shownEvents.length
  const localFile = isLocalAddress(view.dataUrl) ? localFileName(view.dataUrl) : undefined
  // On a phone the header keeps to the title, the count and this menu, so the timeline gets the screen.
  const [isMenuOpen, setMenuOpen] = useState(false)
  const menuId = useId()
  return (
    <header className="ct-header flex flex-col gap-2 border-b px-3 py-2 sm:px-4 sm:py-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 sm:items-baseline">
        <h1 className="text-base font-semibold tracking-tight whitespace-nowrap sm:text-lg">
          Conflict Timeline
        </h1>
        <p className="ct-muted hidden min-w-0 text-sm sm:block sm:flex-1">{index.dataset.title}</p>
        <div className="max-[379px]:order-last max-[379px]:basis-full">
          <StatusLine
            shown={formatNumber(shownCount)}
            total={formatNumber(index.dataset.events.length)}
          />
        </div>
        <button
          type="button"
          className="ct-button ct-menu-button ml-auto inline-flex h-10 items-center gap-1.5 max-[379px]:h-9 rounded-md border px-3 text-sm font-medium sm:hidden"
          aria-expanded={isMenuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
          <span aria-hidden="true" className="text-xs">
            {isMenuOpen ? '▴' : '▾'}
          </span>
        </button>
      </div>
      <div
        id={menuId}
        className={`${isMenuOpen ? 'flex' : 'hidden'} flex-wrap items-center gap-2 sm:flex`}
      >
        <p className="ct-muted basis-full text-sm sm:hidden">{index.dataset.title}</p>
        <ViewControls
          view={view.view}
          grouping={view.grouping}
          onViewChange={onViewChange}
          onGroupingChange={onGroupingChange}
        />
        <div className="flex flex-wrap items-center gap-2 lg:ml-auto">
          <button
            type="button"
            className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
            onClick={onPresent}
            disabled={shownCount === 0}
          >
            Present
          </button>
          <LessonsMenu index={index} view={view} onOpenLesson={onOpenLesson} />
          <button
            type="button"
            className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
            onClick={() => window.print()}
          >
            Print handout
          </button>
          <EmbedBuilder view={view} title={embedTitle} localFileName={localFile} />
          <CopyLinkButton title={`${embedTitle} — Conflict Timeline`} localFileName={localFile} />
          <DownloadMenu index={index} events={shownEvents} />
          <button
            type="button"
            className="ct-button inline-flex h-10 items-center rounded-md border px-3 text-sm font-medium"
            onClick={onOpenData}
          >
            Open data
          </button>
          <ThemeSelect theme={view.theme} onChange={onThemeChange} />
        </div>
      </div>
    </header>
  )
}

import type { DatasetIndex } from '../../data/dataset-index'
import type { Grouping, Theme, ViewKind, ViewState } from '../../view/view-state'
import { CopyLinkButton } from './CopyLinkButton'
import { EmbedBuilder } from '../embed'
import { LessonsMenu } from '../lessons'
import { StatusLine } from '../../ui/StatusLine'
import { ThemeSelect } from './ThemeSelect'
import { ViewControls } from './ViewControls'

type AppHeaderProps = {
  index: DatasetIndex
  view: ViewState
  shownCount: number
  /** The view in words, for embed titles and shared links: "Type: Negotiations · Search: “istanbul”". */
  embedTitle: string
  onViewChange: (view: ViewKind) => void
  onGroupingChange: (grouping: Grouping) => void
  onThemeChange: (theme: Theme) => void
  onPresent: () => void
  onOpenLesson: (view: ViewState) => void
}

/** Title, status, and what a reader can do with the whole view: switch it, present it, print it, share it. */
export function AppHeader({
  index,
  view,
  shownCount,
  embedTitle,
  onViewChange,
  onGroupingChange,
  onThemeChange,
  onPresent,
  onOpenLesson,
}: AppHeaderProps) {
  return (
    <header className="ct-header flex flex-col gap-2 border-b px-4 py-3">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-lg font-semibold tracking-tight">Conflict Timeline</h1>
        <p className="ct-muted order-last min-w-0 basis-full text-sm sm:order-none sm:basis-0 sm:flex-1">
          {index.dataset.title}
        </p>
        <StatusLine shown={shownCount} total={index.dataset.events.length} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
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
          <EmbedBuilder view={view} title={embedTitle} />
          <CopyLinkButton title={`${embedTitle} — Conflict Timeline`} />
          <ThemeSelect theme={view.theme} onChange={onThemeChange} />
        </div>
      </div>
    </header>
  )
}

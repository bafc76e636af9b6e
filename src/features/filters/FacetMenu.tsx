/**
 * A filter facet as a button that opens a list of checkboxes: options grouped under headings, each with the
 * number of events it would yield given the other filters (zero shown greyed, still selectable), and a
 * search field to find an option in a long list.
 */
import { useId, useState } from 'react'
import type { FacetGroup } from '../../filters/facet-options'
import { foldText } from '../../filters/fold-text'
import { Popover } from '../../ui/Popover'

type FacetMenuProps = {
  label: string
  /** The options, grouped, with their counts: asked for only while the list is open. */
  groups: () => FacetGroup[]
  selected: readonly string[]
  onToggle: (id: string) => void
}

export function FacetMenu({ label, groups, selected, onToggle }: FacetMenuProps) {
  const [search, setSearch] = useState('')
  const searchId = useId()

  const words = foldText(search).trim()
  // Options and their counts are worked out only while the list is open (see use-filtered-events.ts).
  const visibleGroups = () =>
    groups()
      .map((group) => ({
        ...group,
        options: group.options.filter(
          (option) =>
            words === '' || foldText(`${option.label} ${option.detail ?? ''}`).includes(words),
        ),
      }))
      .filter((group) => group.options.length > 0)

  return (
    <Popover
      title={label}
      panelLabel={`${label} filter`}
      panelClassName="max-h-[min(70dvh,32rem)] w-[min(22rem,calc(100vw-2rem))]"
      trigger={
        <>
          {label}
          {selected.length > 0 && (
            <span className="ct-badge rounded-full px-1.5 text-xs tabular-nums">
              {selected.length}
              <span className="sr-only"> selected</span>
            </span>
          )}
        </>
      }
    >
      {() => {
        const shownGroups = visibleGroups()
        return (
          <>
            <div className="border-b p-2">
              <label className="sr-only" htmlFor={searchId}>
                Find {withArticle(label.toLowerCase())}
              </label>
              <input
                id={searchId}
                type="search"
                className="ct-input h-9 w-full rounded-md border px-2 text-sm"
                placeholder={`Find ${withArticle(label.toLowerCase())}…`}
                value={search}
                // The reader opened the list to pick from it; typing to narrow it is the likely next step.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <div className="overflow-y-auto p-2">
              {shownGroups.length === 0 && (
                <p className="ct-muted p-2 text-sm">Nothing matches “{search}”.</p>
              )}
              {shownGroups.map((group) => (
                <fieldset key={group.label} className="mb-2">
                  <legend className="ct-muted px-1 text-xs font-semibold tracking-wide uppercase">
                    {group.label}
                  </legend>
                  {group.options.map((option) => (
                    <label
                      key={option.id}
                      className={`ct-option flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm ${option.isNested ? 'pl-6' : ''} ${option.count === 0 ? 'is-empty' : ''}`}
                    >
                      <input
                        type="checkbox"
                        className="size-4 shrink-0"
                        checked={selected.includes(option.id)}
                        onChange={() => onToggle(option.id)}
                      />
                      {option.color && (
                        <span
                          className="ct-swatch inline-block size-3 shrink-0 rounded-sm"
                          style={{ backgroundColor: option.color }}
                          aria-hidden="true"
                        />
                      )}
                      <span className="min-w-0 flex-1">
                        {option.label}
                        {option.detail && (
                          <>
                            {' '}
                            <span className="ct-muted">· {option.detail}</span>
                          </>
                        )}
                      </span>{' '}
                      <span className="ct-count tabular-nums">
                        {option.count}{' '}
                        <span className="sr-only">{option.count === 1 ? 'event' : 'events'}</span>
                      </span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </div>
          </>
        )
      }}
    </Popover>
  )
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`
}

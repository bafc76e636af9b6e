import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { validateDataset } from '../../src/data/validate-dataset'
import { placeEvents } from '../../src/map/event-places'
import { mapMarks } from '../../src/map/map-marks'
import { MarkPopover } from '../../src/features/map/MarkPopover'
import { PlaceList } from '../../src/features/map/PlaceList'
import { readFixture } from './render-with-providers'

const report = validateDataset(JSON.parse(readFixture('small-dataset.json')))
if (!report.dataset) throw new Error('fixture is invalid')
const index = indexDataset(report.dataset)
const { places, unplaced } = placeEvents(index.chronological, index.locationsById)

describe('the list of places under the map', () => {
  it('names every place with its count, and a place chosen becomes the filter', async () => {
    const onFilterLocation = vi.fn()
    render(
      <PlaceList
        places={places}
        unplacedCount={unplaced.length}
        onFilterLocation={onFilterLocation}
      />,
    )
    await userEvent.click(screen.getByText(`Places on the map (${places.length})`))
    const [busiest] = [...places].sort((a, b) => b.events.length - a.events.length)
    const button = screen.getByRole('button', {
      name: `Show only events in ${busiest!.location.name}`,
    })
    await userEvent.click(button)
    expect(onFilterLocation).toHaveBeenCalledWith(busiest!.location.id)
    expect(screen.getAllByRole('listitem')).toHaveLength(places.length)
  })

  it('in an embed that may not filter, shows the places as text', () => {
    render(<PlaceList places={places} unplacedCount={0} onFilterLocation={undefined} />)
    expect(screen.queryAllByRole('button')).toEqual([])
  })
})

describe('a crowded mark, opened', () => {
  const world = mapMarks(
    places,
    { lat: 45, lon: 30, zoom: 1 },
    { width: 400, height: 300 },
    index.typesById,
  )
  const crowded = world.marks.find((mark) => mark.events.length > 1)!

  it('is a dialog named for its places and events, lists them, and opens the one chosen', async () => {
    const onOpenEvent = vi.fn()
    const onClose = vi.fn()
    render(
      <MarkPopover
        index={index}
        mark={crowded}
        markElement={null}
        position={{ left: 0, top: 0 }}
        onOpenEvent={onOpenEvent}
        onFilterLocation={vi.fn()}
        onZoomIn={null}
        onClose={onClose}
      />,
    )
    const dialog = screen.getByRole('dialog', {
      name: new RegExp(`${crowded.events.length} events$`),
    })
    const events = within(within(dialog).getByRole('list', { name: 'Events' })).getAllByRole(
      'button',
    )
    expect(events).toHaveLength(Math.min(12, crowded.events.length))
    expect(within(dialog).getAllByRole('button', { name: /^Only / })[0]).toHaveFocus()
    await userEvent.click(events[0]!)
    expect(onOpenEvent).toHaveBeenCalledWith(crowded.events[0]!.id)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalled()
  })
})

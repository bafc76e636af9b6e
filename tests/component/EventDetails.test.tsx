import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { validateDataset } from '../../src/data/validate-dataset'
import { EventDetails } from '../../src/features/details/EventDetails'
import { readFixture } from './render-with-providers'

const report = validateDataset(JSON.parse(readFixture('small-dataset.json')))
if (!report.dataset) throw new Error('fixture is invalid')
const index = indexDataset(report.dataset)

function showDetails(eventId: string, handlers: Partial<Parameters<typeof EventDetails>[0]> = {}) {
  const event = index.eventsById.get(eventId)
  if (!event) throw new Error(eventId)
  const props = {
    index,
    event,
    position: 2,
    total: 3,
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onClose: vi.fn(),
    shouldTakeFocus: true,
    ...handlers,
  }
  render(<EventDetails {...props} />)
  return props
}

describe('EventDetails', () => {
  it('is a region named by the title, with the date at its precision, type, actors and places', () => {
    showDetails('2025-07-23-third-round')
    const region = screen.getByRole('region', { name: 'Third round in Istanbul' })
    expect(within(region).getByText('23–25 July 2025')).toBeInTheDocument()
    expect(within(region).getByText('Negotiations')).toBeInTheDocument()
    expect(region).toHaveTextContent('ActorsUkraine, Russia, Rustem Umerov, Vladimir Medinsky')
    expect(region).toHaveTextContent('PlacesIstanbul')
    expect(within(region).getByRole('heading', { level: 2 })).toHaveFocus()
  })

  it('writes a month-precision date as the month, never as its first day', () => {
    showDetails('2025-06-energy-strikes')
    expect(screen.getByText('June 2025')).toBeInTheDocument()
    expect(screen.queryByText(/1 June/)).not.toBeInTheDocument()
  })

  it('shows figures with their qualifier and label, and quotes with who said them', () => {
    showDetails('2025-07-23-third-round')
    const figures = screen.getByRole('region', { name: 'Figures' })
    expect(figures).toHaveTextContent(
      'more than 220,000 customers left without power, according to Zelensky',
    )
    const quotes = screen.getByRole('region', { name: 'Quotes' })
    expect(
      within(quotes).getByText('“Priority number one is to organise the meeting of the leaders.”'),
    ).toBeInTheDocument()
    expect(quotes).toHaveTextContent('— Rustem Umerov')
  })

  it('links each source in a new tab without giving it access to this page', () => {
    showDetails('2025-07-23-third-round')
    const sources = screen.getByRole('region', { name: 'Sources' })
    const links = within(sources).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/third',
      'http://example.org/bgnes',
    ])
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank')
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
    expect(links[0]).toHaveAccessibleName('Ukraine calls for talks (opens in a new tab)')
    expect(sources).toHaveTextContent('— AFP, 24 July 2025')
  })

  it('steps and closes through its buttons', async () => {
    const user = userEvent.setup()
    const props = showDetails('2025-05-16-first-round')
    await user.click(screen.getByRole('button', { name: /Previous/ }))
    await user.click(screen.getByRole('button', { name: /Next/ }))
    await user.click(screen.getByRole('button', { name: 'Close details' }))
    expect(props.onPrevious).toHaveBeenCalledOnce()
    expect(props.onNext).toHaveBeenCalledOnce()
    expect(props.onClose).toHaveBeenCalledOnce()
    expect(screen.getByText('2 of 3')).toBeInTheDocument()
  })

  it('disables a step that has nowhere to go', () => {
    showDetails('2025-05-16-first-round', { onPrevious: null })
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled()
  })
})

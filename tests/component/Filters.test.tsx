import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../src/App'
import { jsonResponse, readFixture, renderWithProviders, stubFetch } from './render-with-providers'

async function openApp(query = '') {
  window.history.replaceState(null, '', `/${query}`)
  const { fetchStub } = stubFetch(() => jsonResponse(readFixture('small-dataset.json')))
  vi.stubGlobal('fetch', fetchStub)
  renderWithProviders(<App />)
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/of 3 events/))
}

const status = () => screen.getByRole('status')

describe('filters', () => {
  it('choosing a type updates the status line, the chips and the URL', async () => {
    const user = userEvent.setup()
    await openApp()
    await user.click(screen.getByRole('button', { name: 'Type' }))
    const menu = screen.getByRole('group', { name: 'Type filter' })
    // The count is part of each option's name: "Strike 1 event".
    const strike = within(menu).getByRole('checkbox', { name: 'Strike 1 event' })
    await user.click(strike)
    expect(status()).toHaveTextContent('1 of 3 events')
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('Type: Strike')
    expect(window.location.search).toBe('?type=strike')
    await user.click(within(menu).getByRole('checkbox', { name: /Negotiations/ }))
    expect(status()).toHaveTextContent('3 of 3 events')
    expect(window.location.search).toBe('?type=strike,negotiations')
  })

  it('counts each option given the other filters, and keeps an empty option selectable', async () => {
    const user = userEvent.setup()
    await openApp('?location=sumy-oblast')
    await user.click(screen.getByRole('button', { name: 'Type' }))
    const menu = screen.getByRole('group', { name: 'Type filter' })
    const negotiations = within(menu).getByRole('checkbox', { name: 'Negotiations 0 events' })
    expect(negotiations).toBeEnabled()
    await user.click(negotiations)
    expect(negotiations).toBeChecked()
    expect(
      screen.getByRole('heading', { name: 'No events match these filters' }),
    ).toBeInTheDocument()
  })

  it('finds an option inside a long list, and Escape closes the list back onto its button', async () => {
    const user = userEvent.setup()
    await openApp()
    const button = screen.getByRole('button', { name: 'Actor' })
    await user.click(button)
    const menu = screen.getByRole('group', { name: 'Actor filter' })
    await user.type(within(menu).getByRole('searchbox'), 'umer')
    expect(within(menu).getAllByRole('checkbox')).toHaveLength(1)
    expect(
      within(menu).getByRole('checkbox', { name: 'Rustem Umerov · Ukraine 1 event' }),
    ).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: 'Actor filter' })).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('searches as you type, accent- and case-insensitively, and writes the URL once typing pauses', async () => {
    const user = userEvent.setup()
    await openApp()
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'ISTANBUL')
    await waitFor(() => expect(status()).toHaveTextContent('2 of 3 events'))
    await waitFor(() => expect(window.location.search).toBe('?q=ISTANBUL'))
  })

  it('removes one chip, or all of them', async () => {
    const user = userEvent.setup()
    await openApp('?type=negotiations&q=third&from=2025-07')
    expect(status()).toHaveTextContent('1 of 3 events')
    const chips = screen.getByRole('list', { name: 'Active filters' })
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['Type: Negotiations×', 'Search: “third”×', 'Dates: from July 2025×'])
    await user.click(screen.getByRole('button', { name: 'Remove filter Search: “third”' }))
    expect(window.location.search).toBe('?type=negotiations&from=2025-07')
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(status()).toHaveTextContent('3 of 3 events')
    expect(window.location.search).toBe('')
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument()
  })

  it('says when nothing matches and offers to remove the filter that emptied the view', async () => {
    const user = userEvent.setup()
    await openApp('?type=strike&q=istanbul')
    const empty = screen.getByRole('region', { name: 'No events match these filters' })
    const suggestions = within(empty).getAllByRole('button', { name: /^Remove / })
    expect(suggestions.map((button) => button.textContent)).toEqual([
      'Remove Type: Strike (2 events)',
      'Remove Search: “istanbul” (1 event)',
    ])
    await user.click(suggestions[0]!)
    expect(status()).toHaveTextContent('2 of 3 events')
  })

  it('applies typed dates, names a mistake next to its field, and offers quick picks', async () => {
    const user = userEvent.setup()
    await openApp()
    await user.click(screen.getByRole('button', { name: 'Dates' }))
    const from = screen.getByRole('textbox', { name: 'From' })
    await user.type(from, '2025-13')
    await user.click(screen.getByRole('button', { name: 'Apply dates' }))
    expect(from).toHaveAttribute('aria-invalid', 'true')
    expect(from).toHaveAccessibleDescription(/^Not a date/)
    await user.clear(from)
    await user.type(from, '2025-06')
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2025-06-30')
    await user.click(screen.getByRole('button', { name: 'Apply dates' }))
    expect(status()).toHaveTextContent('1 of 3 events')
    expect(window.location.search).toBe('?from=2025-06&to=2025-06-30')
    await user.click(screen.getByRole('button', { name: /^Dates/ }))
    const dates = screen.getByRole('group', { name: 'Dates filter' })
    await user.click(within(dates).getByRole('button', { name: /Istanbul talks/ }))
    expect(window.location.search).toBe('?from=2025-05-16&to=2025-07-23')
    expect(status()).toHaveTextContent('3 of 3 events')
  })

  it('shows the same filtered events as an accessible list, and opens one from it', async () => {
    const user = userEvent.setup()
    await openApp('?type=negotiations')
    await user.click(screen.getByRole('button', { name: 'List' }))
    const list = screen.getByRole('region', { name: 'Events in time order' })
    const entries = within(list).getAllByRole('listitem')
    expect(entries.map((entry) => entry.getAttribute('data-event-id'))).toEqual([
      '2025-05-16-first-round',
      '2025-07-23-third-round',
    ])
    expect(within(list).getByRole('heading', { level: 2, name: '2025' })).toBeInTheDocument()
    expect(within(list).getByRole('heading', { level: 3, name: 'July 2025' })).toBeInTheDocument()
    await user.click(within(entries[1]!).getByRole('button'))
    expect(screen.getByRole('region', { name: 'Third round in Istanbul' })).toBeInTheDocument()
    expect(window.location.search).toBe('?type=negotiations&view=list&event=2025-07-23-third-round')
  })
})

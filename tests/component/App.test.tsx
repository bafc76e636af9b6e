import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../src/App'
import { jsonResponse, readFixture, renderWithProviders, stubFetch } from './render-with-providers'

function openApp(query: string, ...responses: Parameters<typeof stubFetch>) {
  window.history.replaceState(null, '', `/${query}`)
  const { fetchStub, calls } = stubFetch(...responses)
  vi.stubGlobal('fetch', fetchStub)
  renderWithProviders(<App />)
  return calls
}

describe('App', () => {
  it('shows a loading state while the dataset is on its way', () => {
    openApp('', () => new Promise<Response>(() => undefined))
    expect(screen.getByRole('status')).toHaveTextContent('Loading the events…')
  })

  it('shows how far the download of a named dataset has come, and Cancel returns to the bundled one', async () => {
    const user = userEvent.setup()
    const firstHalf = new TextEncoder().encode('{"schemaVersion": 1, "title": "Half')
    const neverEnding = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(firstHalf),
        }),
        { headers: { 'content-length': String(firstHalf.byteLength * 2) } },
      )
    openApp('?data=/datasets/slow.json', neverEnding, () =>
      jsonResponse(readFixture('small-dataset.json')),
    )
    const bar = await screen.findByRole('progressbar', { name: 'Loading the events' })
    expect(bar).toHaveAttribute('value', String(firstHalf.byteLength))
    expect(bar).toHaveAttribute('max', String(firstHalf.byteLength * 2))
    expect(screen.getByRole('status')).toHaveTextContent('Downloading the events… 1 of 1 kB')
    await user.click(screen.getByRole('button', { name: 'Cancel and show the bundled timeline' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events'))
    expect(new URLSearchParams(window.location.search).get('data')).toBeNull()
  })

  it('loads the bundled dataset by default and the ?data= one when named', async () => {
    const bundledCalls = openApp('', () => jsonResponse(readFixture('small-dataset.json')))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events'))
    expect(bundledCalls[0]).toMatch(/events.*\.json$/)
  })

  it('says what is wrong with an unreachable dataset, and Retry loads it once it is back', async () => {
    const user = userEvent.setup()
    const calls = openApp(
      '?data=/datasets/talks.json',
      () => new Response('Not found', { status: 404, statusText: 'Not Found' }),
      () => jsonResponse(readFixture('small-dataset.json')),
    )
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading')).toHaveTextContent('The dataset could not be loaded')
    expect(alert).toHaveTextContent('The server answered 404 Not Found for /datasets/talks.json.')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events'))
    expect(calls).toEqual(['/datasets/talks.json', '/datasets/talks.json'])
  })

  it('names a body that is a web page, not a dataset', async () => {
    openApp('?data=/page.html', () => new Response(readFixture('not-json.txt')))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'The file could not be read as a dataset',
    )
    expect(alert).toHaveTextContent('/page.html is a web page (HTML), not a dataset')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
  })

  it('lists the first problems of a document that is not a dataset', async () => {
    openApp('?data=/future.json', () => jsonResponse(readFixture('not-a-dataset.json')))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading')).toHaveTextContent('The dataset is not valid')
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(problems).toContain('schemaVersion: expected 1 (the only version this app reads), got 2')
    expect(problems).toContain('actors: expected a list (array)')
  })

  it('keeps the good records of a dataset with a bad one and says, on request, what was set aside', async () => {
    const user = userEvent.setup()
    openApp('?data=/one-bad.json', () => jsonResponse(readFixture('one-bad-event.json')))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events'))
    const notices = screen.getByRole('region', { name: 'Notices' })
    expect(notices).toHaveTextContent(
      '1 record was set aside because it is not valid; the rest of the dataset is shown.',
    )
    await user.click(within(notices).getByText('Show details'))
    expect(within(notices).getByRole('listitem')).toHaveTextContent(
      'events[1] "2025-02-30-impossible" › date: expected a real calendar date, got "2025-02-30"',
    )
    await user.click(within(notices).getByRole('button', { name: /Dismiss notice/ }))
    expect(screen.queryByRole('region', { name: 'Notices' })).not.toBeInTheDocument()
  })

  it('names ignored URL parameters in a notice', async () => {
    openApp('?group=lanes&event=no-such-event', () =>
      jsonResponse(readFixture('small-dataset.json')),
    )
    const notices = await screen.findByRole('region', { name: 'Notices' })
    expect(notices).toHaveTextContent('"group" expects one of category, type, actor, none.')
    expect(notices).toHaveTextContent('There is no event "no-such-event" in this dataset')
  })

  it('opens the event named in the URL, steps with Next and closes with Escape', async () => {
    const user = userEvent.setup()
    openApp('?event=2025-05-16-first-round', () => jsonResponse(readFixture('small-dataset.json')))
    expect(
      await screen.findByRole('region', { name: 'First round in Istanbul' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Next/ }))
    expect(screen.getByRole('region', { name: 'Strikes on energy facilities' })).toBeInTheDocument()
    expect(window.location.search).toBe('?event=2025-06-energy-strikes')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('region', { name: 'Third round in Istanbul' })).toBeInTheDocument()
    expect(screen.getByText('3 of 3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(window.location.search).toBe(''))
    expect(
      screen.queryByRole('region', { name: 'Third round in Istanbul' }),
    ).not.toBeInTheDocument()
    expect(document.title).toBe('Istanbul talks 2025 (test fixture) — Conflict Timeline')
  })
})

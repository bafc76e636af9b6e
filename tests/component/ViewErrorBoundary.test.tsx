import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ViewErrorBoundary } from '../../src/ui/ViewErrorBoundary'

let shouldCrash = true

function Timeline() {
  if (shouldCrash) throw new Error('layout failed for lane 3')
  return <p>The timeline is back</p>
}

function Page() {
  const [clicks, setClicks] = useState(0)
  return (
    <>
      <ViewErrorBoundary name="The timeline">
        <Timeline />
      </ViewErrorBoundary>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        Clicked {clicks}
      </button>
    </>
  )
}

afterEach(() => {
  shouldCrash = true
  vi.restoreAllMocks()
})

describe('a view that crashes', () => {
  it('says so with the details to report, keeps the rest of the page working, and reloads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = userEvent.setup()
    render(<Page />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The timeline hit a problem')
    expect(alert).toHaveTextContent('layout failed for lane 3')
    await user.click(screen.getByText('Details to report'))
    expect(alert).toHaveTextContent('Error: layout failed for lane 3')
    expect(alert).toHaveTextContent('Page: http')

    await user.click(screen.getByRole('button', { name: 'Clicked 0' }))
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument()

    shouldCrash = false
    await user.click(screen.getByRole('button', { name: 'Reload view' }))
    expect(screen.getByText('The timeline is back')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyLinkButton } from '../../src/features/explore/CopyLinkButton'

const originalShare = Object.getOwnPropertyDescriptor(navigator, 'share')

afterEach(() => {
  if (originalShare) Object.defineProperty(navigator, 'share', originalShare)
  else Reflect.deleteProperty(navigator, 'share')
})

describe('CopyLinkButton', () => {
  it('uses the system share sheet where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    window.history.replaceState(null, '', '/?type=strike')
    const user = userEvent.setup()
    render(<CopyLinkButton title="Strikes — Conflict Timeline" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(share).toHaveBeenCalledWith({
      title: 'Strikes — Conflict Timeline',
      url: 'http://localhost:3000/?type=strike',
    })
  })

  it('copies the link and says so where there is none', async () => {
    Reflect.deleteProperty(navigator, 'share')
    window.history.replaceState(null, '', '/?q=kyiv')
    const user = userEvent.setup()
    render(<CopyLinkButton title="Kyiv" />)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('button', { name: 'Link copied ✓' })).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/?q=kyiv')
    expect(screen.getByText('The link to this view was copied.')).toBeInTheDocument()
  })
})

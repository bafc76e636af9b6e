import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** A fresh client per test, so no cached dataset leaks from one test into another. */
export function renderWithProviders(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
}

export function readFixture(name: string): string {
  return readFileSync(resolve('tests/fixtures', name), 'utf8')
}

/** Answers every fetch with the given bodies in turn (the last one repeats). */
export function stubFetch(...responses: (() => Response | Promise<Response>)[]) {
  let call = 0
  const calls: string[] = []
  const fetchStub = (input: RequestInfo | URL) => {
    calls.push(String(input))
    const respond = responses[Math.min(call, responses.length - 1)]
    call += 1
    return Promise.resolve(respond ? respond() : new Response('', { status: 500 }))
  }
  return { fetchStub, calls }
}

export function jsonResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/json' } })
}

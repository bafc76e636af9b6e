import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/data/schema'
import {
  compareWithPage,
  dateSpellings,
  eventCheckProblems,
  figureSpellings,
  selectEventsToCheck,
} from '../../src/data/source-check'
import { readSources, withCheckedDay } from '../../scripts/check-sources/read-sources'
import { startStaticServer, type StaticServer } from '../e2e/static-server'

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: '2025-07-23-third-round',
    date: '2025-07-23',
    title: 'Third round',
    summary: 'The third round.',
    type: 'negotiations',
    actors: [],
    locations: [],
    figures: [{ label: 'prisoners of war to be exchanged by each side', value: 1200 }],
    sources: [],
    ...overrides,
  }
}

describe('choosing events to check', () => {
  const events = [
    event({ id: 'a', checked: '2026-05-01' }),
    event({ id: 'b' }),
    event({ id: 'c', checked: '2026-01-10' }),
    event({ id: 'd' }),
  ]

  it('takes the never checked first, then the oldest checks', () => {
    expect(selectEventsToCheck(events, { sample: 3 }).map((e) => e.id)).toEqual(['b', 'd', 'c'])
    expect(selectEventsToCheck(events, {}).map((e) => e.id)).toEqual(['b', 'd', 'c', 'a'])
  })

  it('takes only the events named', () => {
    expect(selectEventsToCheck(events, { ids: ['a', 'c'] }).map((e) => e.id)).toEqual(['c', 'a'])
  })
})

describe('spellings', () => {
  it('writes figures as pages do', () => {
    expect(figureSpellings(1200)).toEqual(
      expect.arrayContaining(['1200', '1,200', '1 200', '1.200']),
    )
    expect(figureSpellings(25_000_000)).toEqual(expect.arrayContaining(['25 million', '25m']))
    expect(figureSpellings(1_500_000)).toEqual(expect.arrayContaining(['1.5 million']))
  })

  it('writes dates as pages do, at their precision', () => {
    expect(dateSpellings('2025-07-23')).toEqual(
      expect.arrayContaining(['23 July', 'July 23', 'Jul. 23', '2025-07-23']),
    )
    expect(dateSpellings('2025-07')).toEqual(expect.arrayContaining(['July 2025']))
    expect(dateSpellings('2025')).toEqual(['2025'])
  })
})

describe('comparing a source page with its event', () => {
  const source = {
    publisher: 'Test',
    title: 'Talks',
    date: '2025-07-23',
    url: 'https://example.org/',
  }

  it('finds the date and the figure in the text, not in scripts or inside other numbers', () => {
    const page = '<p>July 23: 1,200 prisoners.</p>'
    expect(compareWithPage(event({}), source, page)).toMatchObject({
      isDateMissing: false,
      missingFigures: [],
    })
    const other = '<script>"July 23 1200"</script><p>On 2 June, 11,200 prisoners.</p>'
    expect(compareWithPage(event({}), source, other)).toMatchObject({
      isDateMissing: true,
      missingFigures: [event({}).figures![0]],
    })
  })

  it('accepts the day after, as reports of an overnight attack are dated', () => {
    const page = '<p>Overnight into 24 July, 1200 drones.</p>'
    expect(compareWithPage(event({}), source, page).isDateMissing).toBe(false)
  })

  it('lets one source bear out a figure that another does not give', () => {
    const findings = [
      { source, isDateMissing: false, missingFigures: event({}).figures! },
      { source, isDateMissing: true, missingFigures: [] },
    ]
    expect(eventCheckProblems({ event: event({}), findings })).toEqual([])
  })
})

describe('reading the sources over the network', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await startStaticServer([{ prefix: '/', directory: 'tests/fixtures/source-pages' }])
  })
  afterAll(() => server.close())

  it('passes an event its page bears out, and names what fails in the others', async () => {
    const at = (page: string) => ({
      publisher: 'Test',
      title: page,
      date: '2025-07-23',
      url: `${server.origin}/${page}`,
    })
    const events = [
      event({ id: 'borne-out', sources: [at('talks.html')] }),
      event({ id: 'wrong-page', sources: [at('other-story.html')] }),
      event({ id: 'gone', sources: [at('talks.html'), at('missing.html')] }),
    ]
    const checks = await readSources(events, { timeoutMs: 5_000, concurrency: 2 })
    expect(checks.map(eventCheckProblems)).toEqual([
      [],
      [
        'no source mentions the date 2025-07-23',
        'no source mentions the figure 1200 (prisoners of war to be exchanged by each side)',
      ],
      [`${server.origin}/missing.html: HTTP 404`],
    ])
  })

  it('records the day of the check on the events named, and on no other', () => {
    const text = JSON.stringify({ events: [{ id: 'a' }, { id: 'b', checked: '2026-01-01' }] })
    expect(JSON.parse(withCheckedDay(text, new Set(['a']), '2026-12-04'))).toEqual({
      events: [
        { id: 'a', checked: '2026-12-04' },
        { id: 'b', checked: '2026-01-01' },
      ],
    })
  })
})

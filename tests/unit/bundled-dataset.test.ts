import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import {
  findCoordinateProblems,
  findDuplicateEvents,
  findEventsOutsideTheirPeriods,
  findIdsNotMatchingDates,
  findUnusedRecords,
  findEventsWithoutTwoPublishers,
} from '../../src/data/quality-checks'
import { validateDataset } from '../../src/data/validate-dataset'
import { formatIssue } from '../../src/data/dataset-issues'

const report = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')), {
  requireSources: true,
})
if (!report.dataset) throw new Error(report.issues.map(formatIssue).join('\n'))
const index = indexDataset(report.dataset)
const { events } = report.dataset

describe('the bundled dataset', () => {
  it('has no schema error and a source on every event', () => {
    expect(report.issues.map(formatIssue)).toEqual([])
    expect(events.filter((event) => event.sources.length === 0)).toEqual([])
  })

  it('starts every event id with its date', () => {
    expect(findIdsNotMatchingDates(index)).toEqual([])
  })

  it('gives every event from 2026 on two sources from different publishers', () => {
    expect(events.some((event) => event.date >= '2026')).toBe(true)
    expect(findEventsWithoutTwoPublishers(index)).toEqual([])
  })

  it('has no duplicate events', () => {
    expect(findDuplicateEvents(index)).toEqual([])
  })

  it('keeps every event tagged with a period inside that period', () => {
    expect(findEventsOutsideTheirPeriods(index)).toEqual([])
  })

  it('uses every actor and location it defines', () => {
    expect(findUnusedRecords(index)).toEqual([])
  })

  it('places every location inside its country and near its region', () => {
    expect(findCoordinateProblems(index)).toEqual([])
  })

  it('writes summaries of two to four sentences and titles of at most 80 characters', () => {
    const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/).length
    expect(
      events
        .filter((event) => sentenceCount(event.summary) < 2 || sentenceCount(event.summary) > 4)
        .map((event) => event.id),
    ).toEqual([])
    expect(events.filter((event) => event.title.length > 80).map((event) => event.id)).toEqual([])
  })

  it('covers 2013 to 2026 with at least 300 events, every year from 2014, most in 2022 and 2025', () => {
    expect(events.length).toBeGreaterThanOrEqual(300)
    const perYear = new Map<string, number>()
    for (const event of events)
      perYear.set(event.date.slice(0, 4), (perYear.get(event.date.slice(0, 4)) ?? 0) + 1)
    for (let year = 2014; year <= 2026; year += 1)
      expect(perYear.get(String(year)) ?? 0).toBeGreaterThan(0)
    const busiest = [...perYear.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([year]) => year)
    expect(busiest.sort()).toEqual(['2022', '2025'])
  })
})

describe('the quality checks catch what they are for', () => {
  const broken = structuredClone(report.dataset!)
  broken.events[0]!.id = 'no-date-prefix'
  broken.events.push({ ...broken.events[1]!, id: `${broken.events[1]!.id}-copy` })
  broken.actors.push({ id: 'nobody', name: 'Nobody', kind: 'person' })
  broken.locations.push({
    id: 'misplaced',
    name: 'Misplaced',
    kind: 'city',
    country: 'UA',
    lat: 10,
    lon: 10,
  })
  const brokenIndex = indexDataset(broken)

  it.each([
    [
      'an id without its date',
      findIdsNotMatchingDates,
      'event no-date-prefix: its id does not start with its date',
    ],
    ['a copied event', findDuplicateEvents, 'look like the same event'],
    ['an unused actor', findUnusedRecords, 'actor nobody is never used'],
    [
      'a place outside its country',
      findCoordinateProblems,
      'location misplaced: 10, 10 is outside UA',
    ],
  ] as const)('reports %s', (_, check, expected) => {
    expect(check(brokenIndex).join('\n')).toContain(expected)
  })

  it('reports an event outside the period it is tagged with', () => {
    const outside = structuredClone(report.dataset!)
    const period = outside.periods![0]!
    outside.events[outside.events.length - 1]!.tags = [period.id]
    expect(findEventsOutsideTheirPeriods(indexDataset(outside)).join('\n')).toContain(
      `tagged ${period.id}`,
    )
  })
})

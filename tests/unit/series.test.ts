import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/data/validate-dataset'
import {
  findNumberingProblems,
  formatSeriesReport,
  reportSeries,
  SeriesListSchema,
  type Series,
} from '../../src/data/series'

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

const fixtureEvents = validateDataset(readJson('tests/fixtures/small-dataset.json')).dataset!.events
const [roundsWithGap] = SeriesListSchema.parse(readJson('tests/fixtures/series-with-gap.json'))
  .series as [Series]

describe('the series report', () => {
  it('names the member the dataset lacks and matches the others to their events', () => {
    const report = reportSeries(roundsWithGap, fixtureEvents)
    expect(report.isComplete).toBe(false)
    expect(report.missing.map((member) => member.number)).toEqual([2])
    expect(report.members.map((member) => member.eventIds)).toEqual([
      ['2025-05-16-first-round'],
      [],
      ['2025-07-23-third-round'],
    ])
    expect(report.unmatchedEventIds).toEqual([])
  })

  it('says in its text which member is missing', () => {
    const text = formatSeriesReport(reportSeries(roundsWithGap, fixtureEvents))
    expect(text).toContain('2 of 3 members, INCOMPLETE: 1 missing')
    expect(text).toMatch(/2\. 2025-06-02\s+Second round\s+MISSING/)
  })

  it('lists tagged events that match no member, such as one under a wrong date', () => {
    const shifted = { ...roundsWithGap, members: roundsWithGap.members.slice(0, 1) }
    const moved = fixtureEvents.map((event) =>
      event.id === '2025-05-16-first-round' ? { ...event, date: '2025-05-15' } : event,
    )
    const report = reportSeries(shifted, moved)
    expect(report.missing.map((member) => member.number)).toEqual([1])
    expect(report.unmatchedEventIds).toEqual(['2025-05-16-first-round', '2025-07-23-third-round'])
  })

  it('finds numbers that the reference list skips or repeats', () => {
    const members = roundsWithGap.members
    const broken = { ...roundsWithGap, members: [members[0]!, members[2]!, members[2]!] }
    expect(findNumberingProblems(broken)).toEqual([
      'istanbul-rounds-2025: member 2 is not in the reference list',
      'istanbul-rounds-2025: member 3 is listed 2 times',
    ])
    expect(findNumberingProblems(roundsWithGap)).toEqual([])
  })
})

describe('data/series.json', () => {
  const { series } = SeriesListSchema.parse(readJson('data/series.json'))

  it('numbers every series without gaps, by tags the bundled dataset uses', () => {
    const events = validateDataset(readJson('data/events.json')).dataset!.events
    const tags = new Set(events.flatMap((event) => event.tags ?? []))
    expect(series.flatMap(findNumberingProblems)).toEqual([])
    expect(series.map((entry) => entry.tag).filter((tag) => !tags.has(tag))).toEqual([])
  })
})

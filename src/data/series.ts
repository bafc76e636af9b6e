/**
 * Series: runs of numbered events that a chronology must hold whole (every EU sanctions package, every round of
 * direct talks). data/series.json lists each series' members as an outside reference gives them, numbered and
 * dated; the report matches them against the events carrying the series' tag, so a missing member, a member
 * under the wrong date, or a tagged event that is no member all show up.
 */
import { z } from 'zod'
import { IdSchema, PartialDateSchema, type TimelineEvent } from './schema'

const SeriesMemberSchema = z.object({
  number: z.number().int().positive(),
  label: z.string().trim().min(1),
  /** The date the reference gives; an event of the series on that date is this member. */
  date: PartialDateSchema,
})

export const SeriesSchema = z.object({
  id: IdSchema,
  label: z.string().trim().min(1),
  /** The tag the dataset's events of this series carry. */
  tag: IdSchema,
  /** Where the list of members comes from. */
  reference: z.string().trim().min(1),
  members: z.array(SeriesMemberSchema).min(1),
})

export const SeriesListSchema = z.object({ series: z.array(SeriesSchema) })

export type Series = z.infer<typeof SeriesSchema>
export type SeriesMember = z.infer<typeof SeriesMemberSchema>

export type SeriesMemberReport = SeriesMember & { eventIds: string[] }

export type SeriesReport = {
  series: Series
  members: SeriesMemberReport[]
  missing: SeriesMember[]
  /** Events with the series' tag that match no member: a wrong date, or an event that is not a member. */
  unmatchedEventIds: string[]
  isComplete: boolean
}

function isOnDate(event: TimelineEvent, date: string): boolean {
  return (
    event.date === date ||
    (event.endDate !== undefined && event.date <= date && date <= event.endDate)
  )
}

export function reportSeries(series: Series, events: readonly TimelineEvent[]): SeriesReport {
  const tagged = events.filter((event) => event.tags?.includes(series.tag))
  const matchedIds = new Set<string>()
  const members = [...series.members]
    .sort((a, b) => a.number - b.number)
    .map((member) => {
      const eventIds = tagged
        .filter((event) => isOnDate(event, member.date))
        .map((event) => event.id)
      for (const id of eventIds) matchedIds.add(id)
      return { ...member, eventIds }
    })
  const missing = members
    .filter((member) => member.eventIds.length === 0)
    .map(({ eventIds: _eventIds, ...member }) => member)
  return {
    series,
    members,
    missing,
    unmatchedEventIds: tagged.filter((event) => !matchedIds.has(event.id)).map((event) => event.id),
    isComplete: missing.length === 0,
  }
}

/** Numbers that the reference list itself skips or repeats: a gap in the list, not in the data. */
export function findNumberingProblems(series: Series): string[] {
  const numbers = series.members.map((member) => member.number)
  const highest = Math.max(...numbers)
  const problems: string[] = []
  for (let number = 1; number <= highest; number += 1) {
    const count = numbers.filter((candidate) => candidate === number).length
    if (count === 0) problems.push(`${series.id}: member ${number} is not in the reference list`)
    if (count > 1) problems.push(`${series.id}: member ${number} is listed ${count} times`)
  }
  return problems
}

export function formatSeriesReport(report: SeriesReport): string {
  const { series, members, missing, unmatchedEventIds } = report
  const lines = [
    `${series.label} (tag ${series.tag}): ${members.length - missing.length} of ${members.length} members${report.isComplete ? ', complete' : `, INCOMPLETE: ${missing.length} missing`}`,
    ...members.map(
      (member) =>
        `  ${String(member.number).padStart(3)}. ${member.date.padEnd(10)}  ${member.label}  ${member.eventIds.length > 0 ? member.eventIds.join(', ') : 'MISSING'}`,
    ),
  ]
  if (unmatchedEventIds.length > 0)
    lines.push(`  tagged but matching no member: ${unmatchedEventIds.join(', ')}`)
  return lines.join('\n')
}

/**
 * A deterministic synthetic dataset shaped like the bundled one: its actors, places, event types and periods,
 * events from 2014 to 2025 spread over the years and types as the real ones are, one in ten known only to the
 * month, one in twenty lasting several days, milestones as rare as in the real data. The benchmark and the
 * browser tests at scale both use it.
 */
import { readFileSync } from 'node:fs'
import type { Dataset, TimelineEvent } from '../../src/data/schema'

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset

/** Events per year in the bundled dataset from 2014, so synthetic years are as uneven as the real ones. */
const YEAR_WEIGHTS = [31, 10, 4, 4, 5, 8, 3, 8, 107, 46, 46, 99]
const FIRST_YEAR = 2014

const WORDS = [
  'talks',
  'strike',
  'drone',
  'exchange',
  'ceasefire',
  'missile',
  'summit',
  'sanctions',
  'front',
  'convoy',
  'offensive',
  'delegation',
]

function randomGenerator(seed: number) {
  let state = seed
  return () => (state = (state * 16807) % 2147483647) / 2147483647
}

function weightedPicker<T>(values: readonly T[], weights: readonly number[], random: () => number) {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  return (): T => {
    let threshold = random() * total
    for (let i = 0; i < values.length; i += 1) {
      threshold -= weights[i] ?? 0
      if (threshold <= 0) return values[i] as T
    }
    return values[values.length - 1] as T
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

export function syntheticDataset(eventCount: number): Dataset {
  const random = randomGenerator(7)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
  const typeCounts = new Map<string, number>()
  for (const event of bundled.events)
    typeCounts.set(event.type, (typeCounts.get(event.type) ?? 0) + 1)
  const pickType = weightedPicker(
    bundled.eventTypes.map((type) => type.id),
    bundled.eventTypes.map((type) => typeCounts.get(type.id) ?? 1),
    random,
  )
  const pickYear = weightedPicker(
    YEAR_WEIGHTS.map((_, offset) => FIRST_YEAR + offset),
    YEAR_WEIGHTS,
    random,
  )
  const events: TimelineEvent[] = Array.from({ length: eventCount }, (_, i) => {
    const year = pickYear()
    const month = 1 + Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    const isMonthOnly = i % 10 === 0
    const date = isMonthOnly ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`
    const lastsDays = !isMonthOnly && i % 20 === 1 ? 2 + Math.floor(random() * 8) : 0
    const place = pick(bundled.locations)
    const importanceRoll = random()
    return {
      id: `${date}-event-${i}`,
      date,
      ...(lastsDays > 0
        ? { endDate: `${year}-${pad(month)}-${pad(Math.min(28, day + lastsDays))}` }
        : {}),
      title: `${pick(WORDS)} ${pick(WORDS)} near ${place.name} (${i})`.replace(/^./, (first) =>
        first.toUpperCase(),
      ),
      summary: `A summary of event ${i} about the ${pick(WORDS)}, the ${pick(WORDS)} and the ${pick(WORDS)}. It has two sentences.`,
      type: pickType(),
      actors: [...new Set([pick(bundled.actors).id, pick(bundled.actors).id])],
      locations: [place.id],
      sources: [{ publisher: 'Bench', title: 'Bench', date, url: 'https://example.org/' }],
      importance: importanceRoll < 0.07 ? 3 : importanceRoll < 0.86 ? 2 : 1,
    }
  })
  return {
    schemaVersion: 1,
    title: `Synthetic dataset of ${eventCount} events`,
    actors: bundled.actors,
    locations: bundled.locations,
    eventTypes: bundled.eventTypes,
    periods: bundled.periods ?? [],
    events,
  }
}

/**
 * Re-reading an event's sources: which events to check, and whether a source page still bears out the event's
 * date and figures. Pure functions; scripts/check-sources.ts fetches the pages and records the results.
 */
import { compareCodeUnits } from './compare-code-units'
import { monthName } from './partial-date'
import type { Figure, Source, TimelineEvent } from './schema'

export type CheckSelection = {
  /** Only these events. */
  ids?: readonly string[]
  /** At most this many, those never checked first, then those checked longest ago. */
  sample?: number
}

/** Events never checked come first, then the oldest checks; ties keep the dataset's order. */
export function selectEventsToCheck(
  events: readonly TimelineEvent[],
  selection: CheckSelection,
): TimelineEvent[] {
  const wanted = selection.ids ? new Set(selection.ids) : null
  const chosen = events.filter((event) => !wanted || wanted.has(event.id))
  const ordered = chosen
    .map((event, position) => ({ event, position }))
    .sort(
      (a, b) =>
        compareCodeUnits(a.event.checked ?? '', b.event.checked ?? '') || a.position - b.position,
    )
    .map(({ event }) => event)
  return selection.sample === undefined ? ordered : ordered.slice(0, selection.sample)
}

/** The readable text of an HTML page, for matching only: it is never shown or parsed as markup. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
}

/** The ways a page may write a figure's value: 1200, 1,200, 1 200, 1.200, and 1.2 million for round millions. */
export function figureSpellings(value: number): string[] {
  const digits = String(Math.abs(value))
  if (!Number.isInteger(value)) return [digits, digits.replace('.', ',')]
  const grouped = (separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
  const spellings = new Set([digits, grouped(','), grouped(' '), grouped('.'), grouped('\u00a0')])
  for (const [size, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (Math.abs(value) >= size && Math.abs(value) % (size / 10) === 0) {
      const short = String(Math.abs(value) / size)
      spellings.add(`${short} ${word}`)
      spellings.add(`${short}${word === 'million' ? 'm' : 'bn'}`)
    }
  }
  return [...spellings]
}

/** The ways a page may write the event's date: "23 July", "July 23", "23.07.", "2025-07-23"; a month by its name. */
export function dateSpellings(date: string): string[] {
  const [year = date, month, day] = date.split('-')
  const name = month ? monthName(Number(month)) : ''
  if (!month || !name) return [year]
  if (!day) return [`${name} ${year}`, `${name.slice(0, 3)} ${year}`, `${year}-${month}`]
  const dayNumber = String(Number(day))
  return [
    `${dayNumber} ${name}`,
    `${name} ${dayNumber}`,
    `${dayNumber} ${name.slice(0, 3)}`,
    `${name.slice(0, 3)} ${dayNumber}`,
    `${name.slice(0, 3)}. ${dayNumber}`,
    `${day}.${month}.${year}`,
    `${year}-${month}-${day}`,
  ]
}

function mentions(text: string, spelling: string): boolean {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // A number must stand on its own: 120 is not found inside 1,120 or 1200.
  return new RegExp(`(^|[^\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'i').test(text)
}

export type SourceFindings = {
  source: Source
  /** The page could not be read: the HTTP status or the network error. */
  unreachable?: string
  /** Neither the event's date nor the day before or after appears on the page. */
  isDateMissing: boolean
  /** Figures none of whose spellings appear on the page. */
  missingFigures: Figure[]
}

function dayBeside(date: string, offset: number): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + offset)
  return day.toISOString().slice(0, 10)
}

/**
 * Compares one source page with its event. The day before and after also count for the date, because reports
 * of an overnight attack are written on the next day; a source's own publication day never stands in for it.
 */
export function compareWithPage(
  event: TimelineEvent,
  source: Source,
  html: string,
): SourceFindings {
  const text = pageText(html)
  const dates =
    event.date.length === 10
      ? [event.date, dayBeside(event.date, -1), dayBeside(event.date, 1)]
      : [event.date]
  if (event.endDate && event.endDate !== event.date) dates.push(event.endDate)
  return {
    source,
    isDateMissing: !dates.some((date) =>
      dateSpellings(date).some((spelling) => mentions(text, spelling)),
    ),
    missingFigures: (event.figures ?? []).filter(
      (figure) => !figureSpellings(figure.value).some((spelling) => mentions(text, spelling)),
    ),
  }
}

export type EventCheck = { event: TimelineEvent; findings: SourceFindings[] }

/**
 * An event passes when every source can be read and, taken together, its sources bear out its date and each
 * figure: one source per figure is enough, since events often draw different figures from different sources.
 */
export function eventCheckProblems({ event, findings }: EventCheck): string[] {
  const problems = findings.flatMap((finding) =>
    finding.unreachable ? [`${finding.source.url}: ${finding.unreachable}`] : [],
  )
  const read = findings.filter((finding) => !finding.unreachable)
  if (read.length === 0) return problems
  if (read.every((finding) => finding.isDateMissing))
    problems.push(`no source mentions the date ${event.date}`)
  for (const figure of event.figures ?? []) {
    if (read.every((finding) => finding.missingFigures.includes(figure)))
      problems.push(`no source mentions the figure ${figure.value} (${figure.label})`)
  }
  return problems
}

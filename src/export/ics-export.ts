/**
 * The shown events as an iCalendar file (RFC 5545): all-day events over the days each date covers, so that a
 * month known only as "September 2022" spans the month instead of sitting on its first day.
 */
import { dayToIsoDate, firstDayOf, lastDayOf, parsePartialDate } from '../data/partial-date'
import { describeSource } from '../data/describe-source'
import type { Dataset } from '../data/schema'

/** Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
}

/** Lines longer than 75 octets are folded onto continuation lines that start with a space (§3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  let currentBytes = 0
  for (const character of line) {
    const size = new TextEncoder().encode(character).length
    if (currentBytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      currentBytes = 0
    }
    current += character
    currentBytes += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compact = (isoDate: string) => isoDate.replace(/-/g, '')

export function datasetToIcs(dataset: Dataset, stamp: Date): string {
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Conflict Timeline//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(dataset.title)}`,
  ]
  // iCalendar's dates have four-digit years from 0000 (1 BC): what began earlier cannot be written in it.
  let beforeCalendar = 0
  for (const event of dataset.events) {
    const start = parsePartialDate(event.date)
    const end = parsePartialDate(event.endDate ?? event.date)
    if (!start || !end) continue
    if (start.year < 0) {
      beforeCalendar += 1
      continue
    }
    const description = [
      event.summary,
      ...(event.sources.length > 0
        ? [
            '',
            'Sources:',
            ...event.sources.map(
              (source) => `${describeSource(source)}${source.url ? ` ${source.url}` : ''}`,
            ),
          ]
        : []),
    ].join('\n')
    const url = event.sources.find((source) => source.url)?.url
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@conflict-timeline`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(dayToIsoDate(firstDayOf(start)))}`,
      // DTEND of an all-day event is the day after its last day.
      `DTEND;VALUE=DATE:${compact(dayToIsoDate(lastDayOf(end) + 1))}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(url ? [`URL:${url}`] : []),
      'END:VEVENT',
    )
  }
  if (beforeCalendar > 0) {
    lines.splice(
      5,
      0,
      `X-WR-CALDESC:${escapeText(`${beforeCalendar} event${beforeCalendar === 1 ? '' : 's'} before 1 BC are not in this calendar: iCalendar dates cannot be earlier.`)}`,
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(fold).join('\r\n')}\r\n`
}

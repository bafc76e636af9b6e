/**
 * vis-timeline draws in the browser's local time, while the dataset speaks in calendar days. An event on
 * 23 July must cover 23 July 00:00–24:00 on the user's own clock, whatever their time zone, so days are turned
 * into local midnights here and nowhere else.
 */
import { dayToIsoDate } from '../data/partial-date'
import type { VisibleRange } from '../view/view-state'

const MILLISECONDS_PER_DAY = 86_400_000

/** Local midnight at the start of a calendar day. */
export function startOfDay(day: number): Date {
  const [year, month, date] = dayToIsoDate(day).split('-').map(Number)
  // setFullYear, because the Date constructor reads years 0–99 as 1900–1999.
  const midnight = new Date(2000, 0, 1)
  midnight.setFullYear(year ?? 1970, (month ?? 1) - 1, date ?? 1)
  return midnight
}

/** A local time as a fractional calendar-day number (noon on day 10 is 10.5). */
export function toFractionalDay(time: Date): number {
  const midnightUtc = new Date(0).setUTCFullYear(
    time.getFullYear(),
    time.getMonth(),
    time.getDate(),
  )
  const localMidnight = new Date(time)
  localMidnight.setHours(0, 0, 0, 0)
  const sinceMidnight = time.getTime() - localMidnight.getTime()
  return midnightUtc / MILLISECONDS_PER_DAY + sinceMidnight / MILLISECONDS_PER_DAY
}

/** The window a visible range covers: from the start of its first day to the end of its last. */
export function rangeToWindow(range: VisibleRange): { start: Date; end: Date } {
  return { start: startOfDay(range.startDay), end: startOfDay(range.endDay + 1) }
}

/** A drawn window rounded to whole days, as stored in the URL. Never shorter than one day. */
export function windowToRange(start: Date, end: Date): VisibleRange {
  const startDay = Math.round(toFractionalDay(start))
  const endDay = Math.max(startDay, Math.round(toFractionalDay(end)) - 1)
  return { startDay, endDay }
}

export function isSameRange(a: VisibleRange | null, b: VisibleRange | null): boolean {
  return a?.startDay === b?.startDay && a?.endDay === b?.endDay
}

/** A fractional calendar day (noon on day 10 is 10.5) as a local time. */
export function dayToTime(day: number): Date {
  const wholeDay = Math.floor(day)
  return new Date(startOfDay(wholeDay).getTime() + (day - wholeDay) * MILLISECONDS_PER_DAY)
}

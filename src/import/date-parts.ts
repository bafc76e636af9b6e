/**
 * A date given in parts (year, month, day, as TimelineJS and spreadsheets give them) as one of our partial dates.
 * Their years count as people write them, without a year 0: -44 is 44 BC, which our dates write as "-0043"
 * (partial-date.ts).
 */
import { daysInMonth, isoYear } from '../data/partial-date'

export type DatePart = 'year' | 'month' | 'day'

export type DateFromParts = { date: string } | { error: string; part: DatePart }

function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value)
  return null
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && String(value).trim() !== ''
}

/** The most precise partial date the parts give; a day without a month is an error, not a guess. */
export function dateFromParts(year: unknown, month?: unknown, day?: unknown): DateFromParts {
  if (!isGiven(year)) return { error: 'missing; expected a year', part: 'year' }
  const yearNumber = wholeNumber(year)
  if (yearNumber === null)
    return { error: `expected a year as a whole number, got "${String(year)}"`, part: 'year' }
  if (yearNumber === 0)
    return {
      error:
        'year 0 does not exist in this counting (1 BC is followed by AD 1); expected -1 for 1 BC or 1 for AD 1',
      part: 'year',
    }
  if (yearNumber > 9999 || yearNumber < -9998)
    return {
      error: `year ${yearNumber} is beyond the four-digit years this app can draw (9999 BC to AD 9999), so the record was set aside rather than shifted`,
      part: 'year',
    }
  const astronomicalYear = yearNumber < 0 ? yearNumber + 1 : yearNumber
  const yearText = isoYear(astronomicalYear)
  if (!isGiven(month)) {
    return isGiven(day)
      ? { error: 'a day is given without a month', part: 'month' }
      : { date: yearText }
  }
  const monthNumber = wholeNumber(month)
  if (monthNumber === null || monthNumber < 1 || monthNumber > 12)
    return { error: `expected a month from 1 to 12, got "${String(month)}"`, part: 'month' }
  const monthText = `${yearText}-${String(monthNumber).padStart(2, '0')}`
  if (!isGiven(day)) return { date: monthText }
  const dayNumber = wholeNumber(day)
  const monthDays = daysInMonth(astronomicalYear, monthNumber)
  if (dayNumber === null || dayNumber < 1 || dayNumber > monthDays)
    return {
      error: `expected a day of ${monthText} (1 to ${monthDays}), got "${String(day)}"`,
      part: 'day',
    }
  return { date: `${monthText}-${String(dayNumber).padStart(2, '0')}` }
}

/** Our own dates, astronomical years included ("-0043-03-15" is 15 March 44 BC). */
const ISO_DATE = /^(-?\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** "2024-02-24", "2024-2", "24 February 2024", "24 Feb 2024", "February 2024": the forms spreadsheets write. */
export function dateFromText(text: string): DateFromParts {
  // A leading apostrophe is how a spreadsheet (and our CSV export) keeps "-0043-03-15" from being read as a sum.
  const trimmed = text.trim().replace(/^'(?=-)/, '')
  const iso = ISO_DATE.exec(trimmed)
  if (iso) {
    const year = Number(iso[1])
    return dateFromParts(year <= 0 ? year - 1 : year, iso[2], iso[3])
  }
  const named = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(trimmed)
  const month = named
    ? MONTHS.findIndex(
        (name) => name.startsWith((named[2] ?? '').toLowerCase()) && (named[2] ?? '').length >= 3,
      )
    : -1
  if (named && month >= 0) return dateFromParts(named[3], month + 1, named[1])
  return {
    error: `expected a date such as 2024-02-24, 24 February 2024 or February 2024, got "${text}"`,
    part: 'year',
  }
}

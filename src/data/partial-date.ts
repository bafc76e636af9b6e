/**
 * Partial dates (GUIDE §1): "YYYY", "YYYY-MM" or "YYYY-MM-DD". The length of the string is its precision, so
 * "2022-09" means "some time in September 2022" and is never shown or compared as 1 September.
 *
 * Years before 1 follow ISO 8601's astronomical numbering, with a sign: "0000" is 1 BC and "-0043" is 44 BC
 * (the year Caesar died, written "44 BC"). The calendar is the proleptic Gregorian one throughout.
 *
 * Calendar days are counted as whole days since 1970-01-01 (UTC arithmetic, no time zone), so that comparing
 * and filtering never shift a date by a day in a user's time zone.
 */

export type DatePrecision = 'year' | 'month' | 'day'

export type PartialDate = {
  year: number
  month?: number
  day?: number
  precision: DatePrecision
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const MILLISECONDS_PER_DAY = 86_400_000

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31)
}

const HYPHEN = 45
const ZERO = 48

/** The number written by `count` ASCII digits from `from`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0
  for (let offset = 0; offset < count; offset += 1) {
    const digit = text.charCodeAt(from + offset) - ZERO
    if (!(digit >= 0 && digit <= 9)) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * Returns null for anything that is not a real calendar date in one of the three forms, `-?YYYY(-MM(-DD)?)?`.
 * Read character by character: every event's dates are read when a dataset loads, 100,000 and more of them.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const sign = text.charCodeAt(0) === HYPHEN ? 1 : 0
  const length = text.length - sign
  if (length !== 4 && length !== 7 && length !== 10) return null
  const yearDigits = digitsAt(text, sign, 4)
  if (yearDigits < 0) return null
  const year = sign ? -yearDigits : yearDigits
  if (length === 4) return { year, precision: 'year' }
  if (text.charCodeAt(sign + 4) !== HYPHEN) return null
  const month = digitsAt(text, sign + 5, 2)
  if (month < 1 || month > 12) return null
  if (length === 7) return { year, month, precision: 'month' }
  if (text.charCodeAt(sign + 7) !== HYPHEN) return null
  const day = digitsAt(text, sign + 8, 2)
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day, precision: 'day' }
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by arithmetic: faster than Date.UTC for the dates of
 * a large dataset, and right for years before 100, which Date.UTC would read as 19xx.
 */
function dayNumber(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year
  const era = Math.floor(shiftedYear / 400)
  const yearOfEra = shiftedYear - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The first calendar day the partial date covers. */
export function firstDayOf(date: PartialDate): number {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1)
}

/** The last calendar day the partial date covers (inclusive). */
export function lastDayOf(date: PartialDate): number {
  if (date.precision === 'year') return dayNumber(date.year, 12, 31)
  const month = date.month ?? 12
  if (date.precision === 'month') return dayNumber(date.year, month, daysInMonth(date.year, month))
  return dayNumber(date.year, month, date.day ?? 1)
}

/** Orders by first day, then the more precise date first ("2022-09-01" before "2022-09" before "2022"). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return firstDayOf(a) - firstDayOf(b) || lastDayOf(a) - lastDayOf(b)
}

/** A calendar day number back to "YYYY-MM-DD" ("-0043-03-15" for 15 March 44 BC). */
export function dayToIsoDate(day: number): string {
  const date = new Date(day * MILLISECONDS_PER_DAY)
  const month = String(date.getUTCMonth() + 1).padStart(2, '0')
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0')
  return `${isoYear(date.getUTCFullYear())}-${month}-${dayOfMonth}`
}

/** A year as a partial date writes it: four digits, and a minus sign before 1 BC ("-0043"). */
export function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0')
  return year < 0 ? `-${digits}` : digits
}

/** A year as readers write it: "2022", "800", "44 BC" (astronomical year -43), "1 BC" (year 0). */
export function formatYear(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year)
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? ''
}

/** "2022", "September 2022" or "23 July 2025". */
export function formatPartialDate(date: PartialDate): string {
  const year = formatYear(date.year)
  if (date.precision === 'year' || date.month === undefined) return year
  if (date.precision === 'month' || date.day === undefined)
    return `${monthName(date.month)} ${year}`
  return `${date.day} ${monthName(date.month)} ${year}`
}

/** A partial date given as text, as readers should see it; text that is not a date is shown as it is. */
export function formatDateText(text: string): string {
  const date = parsePartialDate(text)
  return date ? formatPartialDate(date) : text
}

/**
 * A span written as briefly as its precision allows: "23–25 July 2025", "30 June – 2 July 2025",
 * "2014–2015", "March–May 2022". The same date twice is written once.
 */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (!end || (comparePartialDates(start, end) === 0 && start.precision === end.precision)) {
    return formatPartialDate(start)
  }
  const sameYear = start.year === end.year
  if (start.precision === 'year' || end.precision === 'year') {
    if (start.precision === 'year' && end.precision === 'year') {
      // "44–30 BC", "27 BC – AD 14", "2014–2015".
      if (end.year <= 0) return `${1 - start.year}–${formatYear(end.year)}`
      if (start.year <= 0) return `${formatYear(start.year)} – AD ${end.year}`
      return `${start.year}–${end.year}`
    }
    return `${formatPartialDate(start)} – ${formatPartialDate(end)}`
  }
  if (start.precision === 'month' && end.precision === 'month') {
    return sameYear
      ? `${monthName(start.month ?? 1)}–${formatPartialDate(end)}`
      : `${formatPartialDate(start)} – ${formatPartialDate(end)}`
  }
  if (start.precision === 'day' && end.precision === 'day' && sameYear) {
    if (start.month === end.month) return `${start.day}–${formatPartialDate(end)}`
    return `${start.day} ${monthName(start.month ?? 1)} – ${formatPartialDate(end)}`
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  comparePartialDates,
  dayToIsoDate,
  firstDayOf,
  formatDateSpan,
  formatDateText,
  formatPartialDate,
  lastDayOf,
  parsePartialDate,
  type PartialDate,
} from '../../src/data/partial-date'

function parse(text: string): PartialDate {
  const date = parsePartialDate(text)
  if (!date) throw new Error(`test date ${text} does not parse`)
  return date
}

describe(parsePartialDate.name, () => {
  it.each([
    ['2022', { year: 2022, precision: 'year' }],
    ['2022-09', { year: 2022, month: 9, precision: 'month' }],
    ['2025-07-23', { year: 2025, month: 7, day: 23, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
  ])('reads %s with its precision', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected)
  })

  it.each([
    '',
    '22',
    '2022-9',
    '2022-13',
    '2022-00',
    '2023-02-29',
    '2022-04-31',
    '2022-09-00',
    '2022-09-30T10:00',
    ' 2022',
    '2022/09/30',
    'September 2022',
  ])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeNull()
  })

  it('reads any text as the pattern -?YYYY(-MM(-DD)?)? and the calendar say', () => {
    const pattern = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
    const expected = (text: string) => {
      const match = pattern.exec(text)
      if (!match) return null
      const [year, month, day] = match.slice(1).map((part) => (part ? Number(part) : undefined))
      if (month === undefined) return { year, precision: 'year' }
      if (month < 1 || month > 12) return null
      if (day === undefined) return { year, month, precision: 'month' }
      const lastDay = new Date(Date.UTC(2000 + ((year as number) % 400), month, 0)).getUTCDate()
      return day < 1 || day > lastDay ? null : { year, month, day, precision: 'day' }
    }
    // Digits, and the characters beside them in ASCII and Unicode, where a reader could slip.
    const character = fc.constantFrom(...'0123456789/:-+ ٠٩'.split(''))
    const dateLike = fc
      .tuple(
        fc.constantFrom('', '-', '+', ' '),
        fc.string({ unit: character, minLength: 3, maxLength: 5 }),
        fc.option(fc.string({ unit: character, minLength: 2, maxLength: 4 }), { nil: '' }),
        fc.option(fc.string({ unit: character, minLength: 2, maxLength: 4 }), { nil: '' }),
      )
      .map((parts) => parts.join(''))
    // Well formed, with any month and day: the calendar's edges (0, 13, 29 February, 31 April).
    const pad = (value: number, width: number) => String(value).padStart(width, '0')
    const wellFormed = fc
      .tuple(fc.boolean(), fc.nat({ max: 9999 }), fc.nat({ max: 13 }), fc.nat({ max: 32 }))
      .chain(([isBc, year, month, day]) =>
        fc.constantFrom(
          `${isBc ? '-' : ''}${pad(year, 4)}`,
          `${isBc ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}`,
          `${isBc ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
        ),
      )
    fc.assert(
      fc.property(fc.oneof(dateLike, wellFormed, fc.string({ maxLength: 12 })), (text) => {
        expect(parsePartialDate(text)).toStrictEqual(expected(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('day spans', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2025-07-23', '2025-07-23', '2025-07-23'],
  ])('%s covers %s to %s', (text, first, last) => {
    const date = parse(text)
    expect(dayToIsoDate(firstDayOf(date))).toBe(first)
    expect(dayToIsoDate(lastDayOf(date))).toBe(last)
  })
})

describe(comparePartialDates.name, () => {
  it('orders by first day, then the shorter span first', () => {
    const texts = ['2022', '2022-09', '2021-12-31', '2022-09-30', '2022-09-01']
    const sorted = texts.map(parse).sort(comparePartialDates).map(formatPartialDate)
    expect(sorted).toEqual([
      '31 December 2021',
      '2022',
      '1 September 2022',
      'September 2022',
      '30 September 2022',
    ])
  })
})

describe(formatPartialDate.name, () => {
  it.each([
    ['2022', '2022'],
    ['2022-09', 'September 2022'],
    ['2025-07-23', '23 July 2025'],
    ['2014-03-01', '1 March 2014'],
  ])('writes %s as %s, never as a day it does not know', (text, expected) => {
    expect(formatPartialDate(parse(text))).toBe(expected)
  })
})

describe(formatDateSpan.name, () => {
  it.each([
    ['2025-07-23', undefined, '23 July 2025'],
    ['2025-07-23', '2025-07-23', '23 July 2025'],
    ['2025-07-23', '2025-07-25', '23–25 July 2025'],
    ['2025-06-30', '2025-07-02', '30 June – 2 July 2025'],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2022-03', '2022-05', 'March–May 2022'],
    ['2022-11', '2023-02', 'November 2022 – February 2023'],
    ['2014', '2015', '2014–2015'],
    ['2014-04', '2022', 'April 2014 – 2022'],
    ['2022-09', '2022-09-30', 'September 2022 – 30 September 2022'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(formatDateSpan(parse(start), end === undefined ? undefined : parse(end))).toBe(expected)
  })
})

describe(formatDateText.name, () => {
  it.each([
    ['2025-07-24', '24 July 2025'],
    ['2022-09', 'September 2022'],
    ['not a date', 'not a date'],
  ])('writes %s as %s', (text, expected) => {
    expect(formatDateText(text)).toBe(expected)
  })
})

describe('years before AD 1', () => {
  it('reads signed astronomical years and writes them as readers do', () => {
    const ides = parsePartialDate('-0043-03-15')!
    expect(ides).toEqual({ year: -43, month: 3, day: 15, precision: 'day' })
    expect(formatPartialDate(ides)).toBe('15 March 44 BC')
    expect(formatPartialDate(parsePartialDate('0000')!)).toBe('1 BC')
    expect(formatPartialDate(parsePartialDate('0800')!)).toBe('800')
    expect(dayToIsoDate(firstDayOf(ides))).toBe('-0043-03-15')
    expect(dayToIsoDate(lastDayOf(parsePartialDate('-0001')!))).toBe('-0001-12-31')
    expect(firstDayOf(parsePartialDate('0001')!) - lastDayOf(parsePartialDate('0000')!)).toBe(1)
  })

  it('writes spans across the start of the era', () => {
    expect(formatDateSpan(parsePartialDate('-0043')!, parsePartialDate('-0029')!)).toBe('44–30 BC')
    expect(formatDateSpan(parsePartialDate('-0026')!, parsePartialDate('0014')!)).toBe(
      '27 BC – AD 14',
    )
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { dataset } from './filter-fixture'
import { dayToIsoDate, firstDayOf, parsePartialDate } from '../../src/data/partial-date'
import {
  isSameRange,
  rangeToWindow,
  startOfDay,
  windowToRange,
} from '../../src/timeline/calendar-time'
import { stepEvent } from '../../src/timeline/step-through'
import {
  MAX_VISIBLE_DAYS,
  MIN_VISIBLE_DAYS,
  fitRange,
  maxVisibleDays,
  presetMatching,
  rangeAround,
  spanInDays,
  zoomRange,
} from '../../src/timeline/zoom'

function day(text: string): number {
  const date = parsePartialDate(text)
  if (!date) throw new Error(text)
  return firstDayOf(date)
}

describe(stepEvent.name, () => {
  const ids = ['a', 'b', 'c']
  it.each([
    ['b', 'next', 'c'],
    ['b', 'previous', 'a'],
    ['c', 'next', 'c'],
    ['a', 'previous', 'a'],
    [null, 'next', 'a'],
    [null, 'previous', 'c'],
    ['hidden', 'next', 'a'],
    ['b', 'first', 'a'],
    ['b', 'last', 'c'],
  ] as const)('from %s, %s goes to %s', (current, direction, expected) => {
    expect(stepEvent(ids, current, direction)).toBe(expected)
  })

  it('has nowhere to go without events', () => {
    expect(stepEvent([], 'a', 'next')).toBeNull()
  })
})

describe('zoom', () => {
  const year2025 = { startDay: day('2025-01-01'), endDay: day('2025-12-31') }

  it('zooms in and out around the centre', () => {
    const zoomedIn = zoomRange(year2025, 0.5)
    expect(spanInDays(zoomedIn)).toBe(183)
    expect(dayToIsoDate(zoomedIn.startDay)).toBe('2025-04-02')
    expect(spanInDays(zoomRange(year2025, 2))).toBe(730)
  })

  it('keeps within the zoom limits', () => {
    expect(spanInDays(rangeAround(day('2025-07-23'), 1))).toBe(MIN_VISIBLE_DAYS)
    expect(spanInDays(rangeAround(day('2025-07-23'), 1e9))).toBe(MAX_VISIBLE_DAYS)
  })

  it('fits all events with room on the right for labels', () => {
    const fitted = fitRange([
      { firstDay: day('2014-03-18'), lastDay: day('2014-03-18') },
      { firstDay: day('2025-07-23'), lastDay: day('2025-07-23') },
    ])
    expect(fitted && fitted.startDay).toBeLessThan(day('2014-03-18'))
    expect(fitted && fitted.endDay).toBeGreaterThan(day('2026-01-01'))
    expect(fitRange([])).toBeNull()
  })
})

describe(presetMatching.name, () => {
  it.each([
    [null, 'all'],
    [{ startDay: 0, endDay: 364 }, 'year'],
    [{ startDay: 0, endDay: 29 }, 'month'],
    [{ startDay: 0, endDay: 6 }, 'week'],
    [{ startDay: 0, endDay: 99 }, null],
  ] as const)('%j is %s', (range, preset) => {
    expect(presetMatching(range)).toBe(preset)
  })
})

describe('calendar time', () => {
  const originalZone = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalZone
  })

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Kyiv'])(
    'maps days to local midnights and back in %s',
    (zone) => {
      process.env.TZ = zone
      const range = { startDay: day('2025-05-01'), endDay: day('2025-07-31') }
      const window = rangeToWindow(range)
      expect(window.start.getHours()).toBe(0)
      expect(window.start.getDate()).toBe(1)
      expect(window.end.getMonth()).toBe(7)
      expect(windowToRange(window.start, window.end)).toEqual(range)
      expect(startOfDay(day('2022-02-24')).getDate()).toBe(24)
    },
  )

  it('keeps years before 100, which Date reads as 19xx, and centuries-long spans in reach', () => {
    for (const date of ['0044-03-15', '0800-12-25', '1066-10-14']) {
      const midnight = startOfDay(day(date))
      expect(midnight.getFullYear()).toBe(Number(date.slice(0, 4)))
      expect(windowToRange(midnight, startOfDay(day(date) + 1))).toEqual({
        startDay: day(date),
        endDay: day(date),
      })
    }
    const extent = { firstDay: day('0800'), lastDay: day('1815-06-18') }
    expect(maxVisibleDays(extent)).toBeGreaterThan(1_000 * 365)
    expect(maxVisibleDays({ firstDay: day('2022'), lastDay: day('2025') })).toBe(MAX_VISIBLE_DAYS)
    expect(maxVisibleDays(null)).toBe(MAX_VISIBLE_DAYS)
    expect(spanInDays(zoomRange({ startDay: 0, endDay: 100_000 }, 4, maxVisibleDays(extent)))).toBe(
      400_004,
    )
  })

  it('rounds a window to whole days and never below one day', () => {
    const start = new Date(2025, 6, 23, 11)
    const end = new Date(2025, 6, 23, 13)
    const range = windowToRange(start, end)
    expect(range.endDay).toBeGreaterThanOrEqual(range.startDay)
    expect(isSameRange(range, { ...range })).toBe(true)
    expect(isSameRange(range, null)).toBe(false)
  })
})

describe('the extent of a dataset', () => {
  it('runs from the earliest first day to the latest last day, which a long early event may hold', () => {
    const events = [
      { ...dataset.events[0]!, id: 'long', date: '2014-02', endDate: '2025-12-31' },
      { ...dataset.events[0]!, id: 'late', date: '2025-07-23' },
    ]
    expect(indexDataset({ ...dataset, events }).extent).toEqual({
      firstDay: day('2014-02'),
      lastDay: day('2025-12-31'),
    })
    expect(indexDataset({ ...dataset, events: [] }).extent).toBeNull()
  })
})

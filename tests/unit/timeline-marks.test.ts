import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { toLanes } from '../../src/timeline/lanes'
import { toLayoutLanes } from '../../src/timeline/layout-events'
import { labelBox, MIN_LABEL_PX } from '../../src/timeline/layout/label-boxes'
import type { LayoutEvent, Mark } from '../../src/timeline/layout/marks'
import {
  placePeriodNames,
  PERIOD_NAME_PADDING_PX,
  PERIOD_NAME_ROWS,
  type PeriodBand,
} from '../../src/timeline/layout/period-names'
import { stepMark } from '../../src/timeline/layout/stepping'
import { TimelineLayout, toLaneEvents } from '../../src/timeline/layout/timeline-layout'
import { levelForScale } from '../../src/timeline/layout/zoom-level'
import { laneHeights, wrappedLineCount, type LaneHeights } from '../../src/timeline/lane-groups'
import { ROW_PX } from '../../src/timeline/layout/marks'
import { PERIOD_LANE_PX } from '../../src/timeline/period-items'
import { rangeForCluster } from '../../src/timeline/zoom'
import { dataset } from './filter-fixture'

function band(id: string, fromPx: number, toPx: number, nameWidthPx = 80): PeriodBand {
  return { id, fromPx, toPx, nameWidthPx }
}

describe(placePeriodNames.name, () => {
  it.each([
    ['a band wider than its name', [band('a', 0, 200)], { a: 0 }],
    ['a band narrower than its name', [band('a', 0, 60)], {}],
    ['a band mostly off screen', [band('a', -500, 40)], {}],
    ['a band that starts off screen but shows enough', [band('a', -500, 300)], { a: 0 }],
    ['two bands, one inside the other', [band('a', 0, 400), band('b', 100, 300)], { a: 0, b: 0 }],
    ['names that would touch', [band('a', 0, 400), band('b', 50, 300)], { a: 0, b: 1 }],
    [
      'three names that would touch, and two rows',
      [band('a', 0, 400), band('b', 40, 300), band('c', 80, 250)],
      { a: 0, b: 1 },
    ],
    ['bands side by side', [band('a', 0, 100), band('b', 100, 200)], { a: 0, b: 0 }],
  ])('%s', (_, bands, expected) => {
    expect(Object.fromEntries(placePeriodNames(bands, 1000))).toEqual(expected)
  })

  it('never writes two names over each other, however the bands overlap', () => {
    let seed = 3
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let trial = 0; trial < 50; trial += 1) {
      const bands = Array.from({ length: 20 }, (_, index) => {
        const fromPx = random() * 1400 - 200
        return band(`p${index}`, fromPx, fromPx + random() * 900, 40 + random() * 120)
      })
      const rows = placePeriodNames(bands, 1200)
      const boxes = bands.flatMap((candidate) => {
        const row = rows.get(candidate.id)
        if (row === undefined) return []
        const fromPx = Math.max(0, candidate.fromPx)
        expect(Math.min(1200, candidate.toPx) - fromPx).toBeGreaterThanOrEqual(
          candidate.nameWidthPx + PERIOD_NAME_PADDING_PX,
        )
        return [{ row, fromPx, toPx: fromPx + candidate.nameWidthPx }]
      })
      for (const box of boxes) {
        expect(box.row).toBeLessThan(PERIOD_NAME_ROWS)
        const clashes = boxes.filter(
          (other) =>
            other !== box &&
            other.row === box.row &&
            other.fromPx < box.toPx &&
            box.fromPx < other.toPx,
        )
        expect(clashes).toEqual([])
      }
    }
  })
})

describe(labelBox.name, () => {
  const point: LayoutEvent = {
    id: 'a',
    firstDay: 100,
    lastDay: 100,
    position: 0,
    importance: 2,
    isSpan: false,
    typeId: 't',
    titleLength: 20,
  }

  it('centres a point label’s dot on its day and bounds the shortest label', () => {
    const box = labelBox(point, 300, 10)
    expect(box.fromPx).toBe(100.5 * 10 - 12)
    expect(box.fullToPx - box.fromPx).toBe(280)
    expect(box.shortestToPx - box.fromPx).toBe(MIN_LABEL_PX)
  })

  it('keeps a band at least as long as its days, even with a short title', () => {
    const box = labelBox({ ...point, lastDay: 130, isSpan: true }, 10, 10)
    expect(box.fromPx).toBe(1000)
    expect(box.fullToPx).toBe(1310)
    expect(box.shortestToPx).toBe(1310)
  })
})

describe(stepMark.name, () => {
  const events = Array.from({ length: 8 }, (_, position) => ({
    id: `e${position}`,
    firstDay: 20_000 + position * (position < 4 ? 1 : 40),
    lastDay: 20_000 + position * (position < 4 ? 1 : 40),
    position,
    importance: 2,
    isSpan: false,
    typeId: 't',
    titleLength: 20,
  }))
  const ids = events.map((event) => event.id)
  // Rows for no titles at all: the first four events share a cluster, the others are dots.
  const layout = new TimelineLayout(toLaneEvents([{ lane: 'one', events }]), levelForScale(2), {
    rowsOf: () => 1,
    measureTitle: () => 400,
    selectedEventId: null,
  })
  layout.ensure(19_900, 20_400)
  const keyOf = (step: ReturnType<typeof stepMark>) =>
    step && 'mark' in step ? (step.mark as Mark).key : step

  it('visits each mark once, in time order, a cluster at its earliest event', () => {
    const cluster = layout.markOf('e0')
    expect(cluster?.kind).toBe('cluster')
    expect(layout.markOf('e1')).toBe(cluster)
    const keys = [...new Set(layout.marksIn(19_900, 20_400).map((mark) => mark.key))].sort(
      (a, b) => a - b,
    )
    const visited: number[] = []
    let step = stepMark(ids, layout, null, 'first')
    while (step && 'mark' in step) {
      visited.push(step.mark.key)
      step = stepMark(ids, layout, step.mark.key, 'next')
    }
    expect(visited).toEqual(keys)
    expect(visited[0]).toBe(0)
    expect(keyOf(stepMark(ids, layout, keys[1] ?? -1, 'previous'))).toBe(0)
    expect(keyOf(stepMark(ids, layout, null, 'last'))).toBe(7)
  })

  it('names an event outside the laid-out stretch, for the timeline to scroll there', () => {
    const far = [...ids, 'far']
    const narrow = new TimelineLayout(toLaneEvents([{ lane: 'one', events }]), levelForScale(2), {
      rowsOf: () => 1,
      measureTitle: () => 400,
      selectedEventId: null,
    })
    narrow.ensure(19_990, 20_010)
    expect(narrow.markOf('e4')).toBeUndefined()
    expect(stepMark(far, narrow, 3, 'next')).toEqual({ eventId: 'e4' })
  })
})

describe(toLayoutLanes.name, () => {
  const index = indexDataset(dataset)

  it.each([
    ['category', ['diplomatic', 'military']],
    ['type', ['negotiations', 'strike']],
    ['none', ['all-events']],
  ] as const)('gives every shown event to its lanes, by %s', (grouping, laneIds) => {
    const lanes = toLanes(index, index.chronological, grouping)
    expect(lanes.map((lane) => lane.id)).toEqual(laneIds)
    const laneEvents = toLayoutLanes(index, index.chronological, grouping, lanes)
    const placed = laneEvents.flatMap((lane) => [...lane.shortEvents, ...lane.longEvents])
    expect(placed.map((event) => event.id).sort()).toEqual(
      index.chronological.map((event) => event.id).sort(),
    )
  })

  it('draws an event once per actor with lanes by actor, and an imprecise date as a span', () => {
    const lanes = toLanes(index, index.chronological, 'actor')
    const laneEvents = toLayoutLanes(index, index.chronological, 'actor', lanes)
    const talks = laneEvents.filter((lane) =>
      lane.shortEvents.some((event) => event.id === 'talks-istanbul'),
    )
    expect(talks.map((lane) => lane.lane).sort()).toEqual(['russia', 'turkey', 'ukraine'])
    const month = laneEvents
      .flatMap((lane) => lane.shortEvents)
      .find((event) => event.id === 'plant-shelled')
    expect(month?.isSpan).toBe(true)
    expect((month?.lastDay ?? 0) - (month?.firstDay ?? 0)).toBe(30)
  })
})

describe(rangeForCluster.name, () => {
  it('zooms in to a cluster’s days, with room around them', () => {
    expect(rangeForCluster(100, 139, { startDay: 0, endDay: 999 })).toEqual({
      startDay: 88,
      endDay: 151,
    })
  })

  it('lists a cluster zooming cannot split: its events share a day at the closest zoom', () => {
    expect(rangeForCluster(100, 100, { startDay: 99, endDay: 101 })).toBeNull()
  })
})

describe(laneHeights.name, () => {
  const lanes = [
    { lane: 'diplomatic', eventCount: 138 },
    { lane: 'military', eventCount: 112 },
    { lane: 'political', eventCount: 43 },
  ]
  const usedPx = ({ rows, periodLanePx }: LaneHeights) =>
    [...rows.values()].reduce((sum, count) => sum + count * ROW_PX + 4, 0) + periodLanePx

  it.each([
    ['no room for two rows each', 200, { diplomatic: 1, military: 1, political: 1 }],
    ['two rows each and no more', 300, { diplomatic: 2, military: 2, political: 2 }],
    ['rows to spare, to the busiest lanes', 500, { diplomatic: 5, military: 5, political: 3 }],
  ])('%s (%s px)', (_, heightPx, expected) => {
    const heights = laneHeights(lanes, heightPx, 48, 0)
    expect(Object.fromEntries(heights.rows)).toEqual(expected)
    expect(heights.periodLanePx).toBe(PERIOD_LANE_PX)
    if (expected.political > 1) expect(usedPx(heights)).toBeLessThanOrEqual(heightPx - 48)
  })

  it('has no lane of period names when there are none', () => {
    expect(laneHeights(lanes, 500, 48, null).periodLanePx).toBe(0)
  })

  describe('with names written up the side of their lanes', () => {
    const named = [
      { lane: 'diplomatic', eventCount: 138, namePx: 60 },
      { lane: 'humanitarian', eventCount: 12, namePx: 90 },
      { lane: 'political', eventCount: 43, namePx: 55 },
    ]

    it.each([
      ['room for every name and rows to spare', 600, 70],
      ['room for every name and nothing more', 48 + 3 * 4 + (2 + 4 + 2) * ROW_PX + 70, 70],
    ])('%s (%s px): every lane is as tall as its name', (_, heightPx, periodNamePx) => {
      const heights = laneHeights(named, heightPx, 48, periodNamePx)
      for (const { lane, namePx } of named) {
        expect((heights.rows.get(lane) ?? 0) * ROW_PX + 4).toBeGreaterThanOrEqual(namePx)
      }
      expect(heights.periodLanePx).toBe(Math.max(PERIOD_LANE_PX, periodNamePx))
      expect(usedPx(heights)).toBeLessThanOrEqual(heightPx - 48)
    })

    it('gives the busiest lanes the rows to spare once every name has its room', () => {
      const heights = laneHeights(named, 600, 48, 70)
      expect(heights.rows.get('diplomatic')).toBeGreaterThan(heights.rows.get('humanitarian') ?? 0)
    })

    it('cuts names short rather than overflow a canvas too short for them', () => {
      const heightPx = 48 + 3 * 4 + 5 * ROW_PX + PERIOD_LANE_PX
      const heights = laneHeights(named, heightPx, 48, 70)
      expect(heights.periodLanePx).toBe(PERIOD_LANE_PX)
      expect(usedPx(heights)).toBeLessThanOrEqual(heightPx - 48)
      expect(Object.fromEntries(heights.rows)).toEqual({
        diplomatic: 2,
        humanitarian: 1,
        political: 2,
      })
    })
  })
})

describe(wrappedLineCount.name, () => {
  // Every character, the space included, 10 px wide.
  const measure = (text: string) => text.length * 10

  it.each([
    ['a short name', 'Ukraine', 200, 1],
    ['words that fill a line exactly', 'ab cd', 50, 1],
    ['one word over', 'ab cd ef', 50, 2],
    ['a long name on four lines', 'Ministry of Foreign Affairs of Ukraine', 120, 4],
    ['a word longer than a line, on a line of its own', 'Self-proclaimed Donetsk', 100, 2],
    ['spaces around and between words', '  ab   cd  ', 50, 1],
    ['no words', '', 50, 1],
  ])('%s', (_, text, maxPx, lines) => {
    expect(wrappedLineCount(text, maxPx, measure)).toBe(lines)
  })
})

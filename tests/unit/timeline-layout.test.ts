import { describe, expect, it } from 'vitest'
import { IntervalRow } from '../../src/timeline/layout/interval-row'
import { MIN_LABEL_PX } from '../../src/timeline/layout/label-boxes'
import type { LayoutSettings } from '../../src/timeline/layout/lane-layout'
import {
  GAP_PX,
  MARK_PX,
  eventsOf,
  type LayoutEvent,
  type Mark,
} from '../../src/timeline/layout/marks'
import { TimelineLayout, toLaneEvents } from '../../src/timeline/layout/timeline-layout'
import { BUCKET_PX, bucketOf, levelForScale, zoomLevel } from '../../src/timeline/layout/zoom-level'

const DAY_2025_05_16 = 20_224

function layoutEvent(id: string, firstDay: number, extra: Partial<LayoutEvent> = {}): LayoutEvent {
  return {
    id,
    firstDay,
    lastDay: firstDay,
    position: 0,
    importance: 2,
    isSpan: false,
    typeId: 'negotiations',
    titleLength: 30,
    ...extra,
  }
}

/** Events one per `spacingDays` from day 0, positions in order; every fifth a milestone. */
function evenlySpaced(count: number, spacingDays: number): LayoutEvent[] {
  return Array.from({ length: count }, (_, position) =>
    layoutEvent(`event-${position}`, DAY_2025_05_16 + position * spacingDays, {
      position,
      importance: position % 5 === 0 ? 3 : 2,
      typeId: position % 2 === 0 ? 'negotiations' : 'strike',
    }),
  )
}

function settings(rows: number, selectedEventId: string | null = null): LayoutSettings {
  return { rowsOf: () => rows, measureTitle: (event) => event.titleLength * 7, selectedEventId }
}

function laidOut(events: LayoutEvent[], pxPerDay: number, rows: number, selected?: string) {
  const layout = new TimelineLayout(
    toLaneEvents([{ lane: 'diplomatic', events }]),
    levelForScale(pxPerDay),
    settings(rows, selected),
  )
  const first = Math.min(...events.map((event) => event.firstDay))
  const last = Math.max(...events.map((event) => event.lastDay))
  layout.ensure(first - 40, last + 40)
  return { layout, marks: layout.marksIn(first - 40, last + 40) }
}

function overlaps(marks: readonly Mark[]): [Mark, Mark][] {
  const found: [Mark, Mark][] = []
  const sorted = [...marks].sort((a, b) => a.row - b.row || a.fromPx - b.fromPx)
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1] as Mark
    const mark = sorted[i] as Mark
    if (
      before.row === mark.row &&
      before.lane === mark.lane &&
      mark.fromPx < before.toPx + GAP_PX
    ) {
      found.push([before, mark])
    }
  }
  return found
}

describe(IntervalRow.name, () => {
  it.each([
    ['an empty row', [], [0, 10], true],
    ['room before', [[20, 30]], [0, 20], true],
    ['room after', [[20, 30]], [30, 40], true],
    ['overlapping the start', [[20, 30]], [15, 25], false],
    ['inside', [[20, 30]], [22, 28], false],
    ['around', [[20, 30]], [10, 40], false],
    [
      'between two',
      [
        [0, 10],
        [30, 40],
      ],
      [10, 30],
      true,
    ],
  ])('%s: [%j] frees %j → %s', (_, taken, [start, end], isFree) => {
    const row = new IntervalRow()
    for (const [from, to] of taken as [number, number][]) row.take(from, to)
    expect(row.isFree(start as number, end as number)).toBe(isFree)
  })

  it('finds the next interval and lets an interval grow into free room', () => {
    const row = new IntervalRow()
    row.take(0, 10)
    row.take(50, 60)
    expect(row.nextStartAfter(0)).toBe(50)
    expect(row.nextStartAfter(50)).toBe(Infinity)
    row.extend(0, 45)
    expect(row.isFree(44, 50)).toBe(false)
    expect(row.isFree(45, 50)).toBe(true)
  })
})

describe(levelForScale.name, () => {
  it.each([0.05, 0.27, 1, 3.7, 40, 120, 466])(
    'picks a level at most √2 coarser than %s px per day, with buckets of at least a day',
    (pxPerDay) => {
      const level = levelForScale(pxPerDay)
      expect(level.pxPerDay).toBeLessThanOrEqual(pxPerDay * (1 + 1e-9))
      expect(level.pxPerDay).toBeGreaterThan(pxPerDay / Math.SQRT2)
      expect(level.bucketDays).toBeGreaterThanOrEqual(1)
      expect(level.bucketDays * level.pxPerDay).toBeGreaterThanOrEqual(BUCKET_PX - 1e-9)
    },
  )

  it('nests the buckets of a level in those of the level two steps coarser (twice as long)', () => {
    const fine = zoomLevel(8)
    const coarse = zoomLevel(10)
    for (let day = 19_000; day < 19_400; day += 7) {
      expect(bucketOf(day, coarse.bucketDays)).toBe(Math.floor(bucketOf(day, fine.bucketDays) / 2))
    }
  })
})

describe(TimelineLayout.name, () => {
  it.each([
    ['an overview', 0.3, 3],
    ['a year', 3.5, 3],
    ['a month', 40, 3],
    ['one row only', 3.5, 1],
    ['many rows', 3.5, 10],
  ])('at %s, no two marks of a row overlap, every mark is a 24 px target', (_, pxPerDay, rows) => {
    const { marks } = laidOut(evenlySpaced(400, 1), pxPerDay, rows)
    expect(overlaps(marks)).toEqual([])
    for (const mark of marks) {
      expect(mark.toPx - mark.fromPx).toBeGreaterThanOrEqual(MARK_PX)
      expect(mark.row).toBeLessThan(rows)
    }
  })

  it.each([0.3, 3.5, 40])('stands for every event exactly once at %s px per day', (pxPerDay) => {
    const events = evenlySpaced(400, 1)
    const { marks } = laidOut(events, pxPerDay, 3)
    const shown = marks.flatMap((mark) => eventsOf(mark).map((event) => event.id))
    expect(shown.sort()).toEqual(events.map((event) => event.id).sort())
  })

  it('aggregates a dense overview into clusters that count their events and keep their types', () => {
    const { marks } = laidOut(evenlySpaced(400, 4), 0.3, 2)
    const clusters = marks.filter((mark) => mark.kind === 'cluster')
    expect(clusters.length).toBeGreaterThan(3)
    for (const cluster of clusters) {
      expect(cluster.events.length).toBeGreaterThan(1)
      expect(new Set(cluster.events.map((event) => event.typeId))).toEqual(
        new Set(['negotiations', 'strike']),
      )
      expect(cluster.firstDay).toBe(Math.min(...cluster.events.map((event) => event.firstDay)))
    }
  })

  it('splits clusters as the reader zooms in, until every event has a title', () => {
    const events = evenlySpaced(60, 2)
    const counts = [0.3, 1, 3.5, 40, 200].map((pxPerDay) => {
      const { marks } = laidOut(events, pxPerDay, 3)
      return {
        clusters: marks.filter((mark) => mark.kind === 'cluster').length,
        titled: marks.filter((mark) => mark.kind === 'label').length,
      }
    })
    expect(counts.map((count) => count.titled)).toEqual(
      [...counts.map((count) => count.titled)].sort((a, b) => a - b),
    )
    expect(counts.at(-1)).toEqual({ clusters: 0, titled: 60 })
  })

  it('gives titles to the most important events first', () => {
    const sameDay = [
      layoutEvent('minor', DAY_2025_05_16, { position: 0, importance: 1 }),
      layoutEvent('milestone', DAY_2025_05_16, { position: 1, importance: 3 }),
      layoutEvent('ordinary', DAY_2025_05_16, { position: 2, importance: 2 }),
    ]
    const { layout } = laidOut(sameDay, 10, 2)
    expect(layout.markOf('milestone')?.kind).toBe('label')
    expect(layout.markOf('milestone')?.row).toBe(0)
    expect(layout.markOf('minor')?.kind).not.toBe('label')
  })

  it('gives the open event a mark of its own, first', () => {
    const events = evenlySpaced(400, 1)
    const hidden = laidOut(events, 0.3, 2).layout.markOf('event-201')
    expect(hidden?.kind).toBe('cluster')
    const open = laidOut(events, 0.3, 2, 'event-201').layout.markOf('event-201')
    expect(open?.kind).toBe('label')
  })

  it('keeps what is drawn in place when the reader pans and the layout grows', () => {
    const layout = new TimelineLayout(
      toLaneEvents([{ lane: 'diplomatic', events: evenlySpaced(400, 1) }]),
      levelForScale(3.5),
      settings(3),
    )
    const window = { from: DAY_2025_05_16 + 100, to: DAY_2025_05_16 + 200 }
    layout.ensure(window.from, window.to)
    const before = layout.marksIn(window.from, window.to).map((mark) => ({ ...mark }))
    layout.ensure(window.from + 150, window.to + 150)
    layout.ensure(window.from - 150, window.to - 150)
    expect(layout.marksIn(window.from, window.to)).toEqual(before)
    expect(overlaps(layout.marksIn(window.from - 300, window.to + 300))).toEqual([])
  })

  it('shortens a title to the room before the next one rather than leave its event without one', () => {
    const earlier = layoutEvent('earlier', DAY_2025_05_16, { position: 0, importance: 2 })
    const milestone = layoutEvent('milestone', DAY_2025_05_16 + 20, { position: 1, importance: 3 })
    const { layout } = laidOut([earlier, milestone], 10, 2)
    const shortened = layout.markOf('earlier')
    const whole = layout.markOf('milestone')
    if (shortened?.kind !== 'label' || whole?.kind !== 'label')
      throw new Error('both should have titles')
    expect(shortened.row).toBe(whole.row)
    expect(shortened.labelPx).toBeGreaterThanOrEqual(MIN_LABEL_PX)
    expect(shortened.labelPx).toBeLessThan(whole.labelPx)
    expect(shortened.toPx + GAP_PX).toBeLessThanOrEqual(whole.fromPx)
  })
})

/**
 * The marks of every lane at one zoom level. The layout covers one stretch of time and grows it, by whole
 * buckets, as the reader pans past its edges, so that a pan only lays out the time it uncovers and what is
 * already drawn never moves. A jump far away starts a new stretch.
 */
import { LaneLayout, SHORT_SPAN_DAYS, type LaneEvents, type LayoutSettings } from './lane-layout'
import type { LayoutEvent, Mark } from './marks'
import { bucketOf, type ZoomLevel } from './zoom-level'

export type LaneInput = { lane: string; events: readonly LayoutEvent[] }

/** Splits each lane's events (in time order) into short ones, found by first day, and the few long ones. */
export function toLaneEvents(lanes: readonly LaneInput[]): LaneEvents[] {
  return lanes.map(({ lane, events }) => {
    const shortEvents: LayoutEvent[] = []
    const longEvents: LayoutEvent[] = []
    for (const event of events) {
      if (event.lastDay - event.firstDay + 1 > SHORT_SPAN_DAYS) longEvents.push(event)
      else shortEvents.push(event)
    }
    shortEvents.sort((a, b) => a.firstDay - b.firstDay || a.position - b.position)
    return { lane, shortEvents, longEvents }
  })
}

export class TimelineLayout {
  private lanes: LaneLayout[] = []
  /** The laid-out buckets, [from, to). */
  private covered: { from: number; to: number } | null = null

  constructor(
    private readonly laneEvents: readonly LaneEvents[],
    readonly level: ZoomLevel,
    private readonly settings: LayoutSettings,
  ) {}

  private placeRegion(fromBucket: number, toBucket: number) {
    for (const lane of this.lanes) lane.placeRegion(fromBucket, toBucket)
  }

  /** Lays out whatever part of [fromDay, toDay) is not laid out yet, in whole buckets. */
  ensure(fromDay: number, toDay: number): void {
    const from = bucketOf(fromDay, this.level.bucketDays)
    const to = Math.max(from, bucketOf(toDay, this.level.bucketDays)) + 1
    const farAway = 2 * (to - from)
    if (!this.covered || to < this.covered.from - farAway || from > this.covered.to + farAway) {
      this.lanes = this.laneEvents.map((lane) => new LaneLayout(lane, this.level, this.settings))
      this.placeRegion(from, to)
      this.covered = { from, to }
      return
    }
    if (from < this.covered.from) {
      this.placeRegion(from, this.covered.from)
      this.covered.from = from
    }
    if (to > this.covered.to) {
      this.placeRegion(this.covered.to, to)
      this.covered.to = to
    }
  }

  covers(day: number): boolean {
    const bucket = bucketOf(day, this.level.bucketDays)
    return this.covered !== null && bucket >= this.covered.from && bucket < this.covered.to
  }

  /** Every lane's marks that reach into [fromDay, toDay). */
  marksIn(fromDay: number, toDay: number): Mark[] {
    return this.lanes.flatMap((lane) => lane.marksIn(fromDay, toDay))
  }

  /** The mark that stands for an event in a lane (the first lane when none is given). */
  markOf(eventId: string, lane?: string): Mark | undefined {
    const layouts = lane
      ? this.lanes.filter((_, index) => this.laneEvents[index]?.lane === lane)
      : this.lanes
    for (const layout of layouts) {
      const mark = layout.markOf(eventId)
      if (mark) return mark
    }
    return undefined
  }
}

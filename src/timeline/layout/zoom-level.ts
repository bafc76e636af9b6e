/**
 * Zoom levels. The layout is computed once per level, at the level's own scale, and stays valid for every zoom
 * inside it: zooming in only spreads marks apart, so marks that did not overlap at the level's scale never
 * overlap until the next level, and panning or a small zoom never moves a mark to another row. Levels are a
 * factor √2 apart, so a layout is never more than √2 times sparser than the zoom could hold; each level shrinks
 * the days a cluster bucket holds by as much, so clusters split as the reader zooms in.
 */

/** Two levels per doubling of the zoom. */
const LEVELS_PER_DOUBLING = 2

/** The narrowest a time bucket may be drawn: room for the widest cluster mark (36 px) and a gap. */
export const BUCKET_PX = 44

export type ZoomLevel = {
  level: number
  /** The scale the layout is computed at: the coarsest zoom of the level. */
  pxPerDay: number
  /** Days per cluster bucket; never less than one, since no event is dated more finely. */
  bucketDays: number
}

export function zoomLevel(level: number): ZoomLevel {
  const daysPerBucket = 2 ** (level / LEVELS_PER_DOUBLING)
  return { level, pxPerDay: BUCKET_PX / daysPerBucket, bucketDays: Math.max(1, daysPerBucket) }
}

/** The level whose scale is at most `pxPerDay` and more than `pxPerDay` / √2. */
export function levelForScale(pxPerDay: number): ZoomLevel {
  const level = Math.ceil(
    LEVELS_PER_DOUBLING * Math.log2(BUCKET_PX / Math.max(pxPerDay, 1e-9)) - 1e-9,
  )
  return zoomLevel(level)
}

/** The bucket a day falls in: buckets are counted from day 0 (1 January 1970). */
export function bucketOf(day: number, bucketDays: number): number {
  return Math.floor(day / bucketDays)
}

/**
 * Places that crowd on screen become one mark. Greedy and in one pass over a grid of cells as wide as the
 * merge radius: the heaviest places claim their neighbours first and give the cluster its position, so a mark
 * stays on its most important place as the reader zooms. O(n) for n places.
 */
import type { Point } from './web-mercator'

export type PlacedPoint<T> = { item: T; position: Point; weight: number }

export type MarkCluster<T> = {
  /** Where the heaviest member is. */
  position: Point
  members: T[]
  weight: number
}

export function clusterPoints<T>(
  points: readonly PlacedPoint<T>[],
  radiusPx: number,
): MarkCluster<T>[] {
  const byWeight = [...points].sort((a, b) => b.weight - a.weight)
  const cells = new Map<string, MarkCluster<T>[]>()
  const clusters: MarkCluster<T>[] = []
  const cellOf = (point: Point) => [Math.floor(point.x / radiusPx), Math.floor(point.y / radiusPx)]
  for (const point of byWeight) {
    const [column, row] = cellOf(point.position) as [number, number]
    let nearest: MarkCluster<T> | null = null
    let nearestDistance = radiusPx
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const cluster of cells.get(`${column + dx},${row + dy}`) ?? []) {
          const distance = Math.hypot(
            cluster.position.x - point.position.x,
            cluster.position.y - point.position.y,
          )
          if (distance < nearestDistance) {
            nearest = cluster
            nearestDistance = distance
          }
        }
      }
    }
    if (nearest) {
      nearest.members.push(point.item)
      nearest.weight += point.weight
      continue
    }
    const cluster = { position: point.position, members: [point.item], weight: point.weight }
    clusters.push(cluster)
    const key = `${column},${row}`
    cells.set(key, [...(cells.get(key) ?? []), cluster])
  }
  return clusters
}

export type Box = { left: number; top: number; right: number; bottom: number }
export type LabelCandidate = { id: string; anchor: Point; radius: number; widthPx: number }
export type PlacedLabel = { id: string; x: number; y: number; side: 'right' | 'left' }

const LABEL_HEIGHT_PX = 18
const LABEL_GAP_PX = 4

/**
 * Names beside marks, most important first, to the right or else to the left of the mark, never over another
 * name, mark or obstacle (the map's own buttons). Candidates come in order of importance; those without room get no name (they keep it in the
 * mark's accessible name and in the list of places).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [
    ...obstacles,
    ...candidates.map(({ anchor, radius }) => ({
      left: anchor.x - radius,
      right: anchor.x + radius,
      top: anchor.y - radius,
      bottom: anchor.y + radius,
    })),
  ]
  const isFree = (box: Box) =>
    box.left >= 0 &&
    box.top >= 0 &&
    box.right <= size.width &&
    box.bottom <= size.height &&
    taken.every(
      (other) =>
        box.right <= other.left ||
        box.left >= other.right ||
        box.bottom <= other.top ||
        box.top >= other.bottom,
    )
  const placed: PlacedLabel[] = []
  for (const { id, anchor, radius, widthPx } of candidates) {
    const top = anchor.y - LABEL_HEIGHT_PX / 2
    const right = { left: anchor.x + radius + LABEL_GAP_PX, top, bottom: top + LABEL_HEIGHT_PX }
    const rightBox = { ...right, right: right.left + widthPx }
    const leftBox = {
      left: anchor.x - radius - LABEL_GAP_PX - widthPx,
      right: anchor.x - radius - LABEL_GAP_PX,
      top,
      bottom: top + LABEL_HEIGHT_PX,
    }
    const box = isFree(rightBox) ? rightBox : isFree(leftBox) ? leftBox : null
    if (!box) continue
    taken.push(box)
    placed.push({
      id,
      x: box === rightBox ? box.left : box.right,
      y: anchor.y,
      side: box === rightBox ? 'right' : 'left',
    })
  }
  return placed
}

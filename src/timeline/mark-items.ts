/**
 * Marks → vis-timeline items, kept in step with a DataSet by difference: an item is added when its mark appears,
 * updated only when what it draws changed, and removed when its mark leaves the drawn stretch. Each item keeps
 * its element across updates, so the focus stays on it.
 */
import type { DataSet } from 'vis-data/esnext'
import type { DatasetIndex } from '../data/dataset-index'
import { dayToTime, startOfDay } from './calendar-time'
import { ROW_PX, type Mark } from './layout/marks'
import type { ZoomLevel } from './layout/zoom-level'
import { drawClusterMark, drawEventMark } from './mark-elements'

export type MarkItem = {
  id: string
  group?: string
  type: 'point' | 'range' | 'background'
  start: Date
  end?: Date
  content: HTMLElement
  className: string
  style?: string
  align?: 'left'
}

const CLUSTER_PREFIX = 'cluster::'

/** The earliest time a Date can hold: no window ever reaches it. */
const OUT_OF_SIGHT = new Date(-8.64e15)

export function isClusterItem(itemId: string): boolean {
  return itemId.startsWith(CLUSTER_PREFIX)
}

/**
 * vis-timeline draws an item it is given inside the window at once, measuring it, which forces a layout per
 * item (https://github.com/visjs/vis-timeline/blob/v8.5.4/lib/timeline/component/Group.js, `add`). Given out of
 * sight and then moved into place, new items are drawn together, with one layout for all, by the redraw of the
 * lanes that vis-timeline makes at once for each change to its DataSet (ItemSet.js, `itemListeners`).
 */
const outOfSight = (item: MarkItem): MarkItem => ({
  ...item,
  start: OUT_OF_SIGHT,
  end: OUT_OF_SIGHT,
})
const withoutEnd = (item: MarkItem): MarkItem => (item.end ? item : { ...item, end: undefined })

export function addOutOfSight(items: DataSet<MarkItem, 'id'>, added: readonly MarkItem[]): void {
  items.add(added.map(outOfSight))
  items.update(added.map(withoutEnd))
}

type LaneChanges = {
  /** Items that are not marks (the periods), added with the first marks. */
  others: MarkItem[]
  changed: { itemId: string; mark: Mark; signature: string }[]
  removed: string[]
}

export class MarkItems {
  private readonly elements = new Map<string, HTMLElement>()
  private readonly signatures = new Map<string, string>()
  private readonly marksByItem = new Map<string, Mark>()

  constructor(
    private readonly items: DataSet<MarkItem, 'id'>,
    private readonly index: DatasetIndex,
    /** With lanes per actor an event is drawn once per actor: its item ids then name the lane. */
    private readonly isEventInSeveralLanes: boolean,
    /**
     * After each change to the DataSet, for what must follow it (the selection of new items), and whether
     * more changes are still to come.
     */
    private readonly onApplied: (isDone: boolean) => void,
  ) {}

  itemIdOf(mark: Mark, level: ZoomLevel): string {
    if (mark.kind === 'cluster')
      return `${CLUSTER_PREFIX}${mark.lane}::${level.level}::${mark.bucket}`
    return this.isEventInSeveralLanes ? `${mark.event.id}::${mark.lane}` : mark.event.id
  }

  markOfItem(itemId: string): Mark | undefined {
    return this.marksByItem.get(itemId)
  }

  elementOf(itemId: string): HTMLElement | undefined {
    return this.elements.get(itemId)
  }

  /** The items that draw an event (one per lane it is in). */
  itemIdsOfEvent(eventId: string): string[] {
    return [...this.marksByItem.entries()]
      .filter(([, mark]) => mark.kind !== 'cluster' && mark.event.id === eventId)
      .map(([itemId]) => itemId)
  }

  private toItem(itemId: string, mark: Mark, selectedEventId: string | null): MarkItem {
    let element = this.elements.get(itemId)
    if (!element) {
      element = document.createElement('span')
      element.tabIndex = -1
      element.dataset.itemId = itemId
      this.elements.set(itemId, element)
    }
    const style = `margin-top: ${mark.row * ROW_PX}px`
    if (mark.kind === 'cluster') {
      drawClusterMark(element, this.index, mark)
      const holdsSelection = mark.events.some((event) => event.id === selectedEventId)
      return {
        id: itemId,
        group: mark.lane,
        type: 'point',
        start: dayToTime(mark.anchorDay),
        content: element,
        className: `ct-item ct-item-cluster${holdsSelection ? ' holds-selection' : ''}`,
        style,
      }
    }
    drawEventMark(element, this.index, mark, mark.labelPx)
    const isBand = mark.kind === 'label' && mark.event.isSpan
    const color = this.index.typesById.get(mark.event.typeId)?.color
    return {
      id: itemId,
      group: mark.lane,
      type: isBand ? 'range' : 'point',
      ...(isBand
        ? { start: startOfDay(mark.event.firstDay), end: startOfDay(mark.event.lastDay + 1) }
        : { start: dayToTime(mark.anchorDay) }),
      content: element,
      className: `ct-item ct-item-${mark.kind}${isBand ? ' is-band' : ''}${isBand && element.classList.contains('is-imprecise') ? ' is-imprecise' : ''}`,
      // A band's title stays at the band's start: moved into view, it could cover the next mark in its row.
      ...(isBand ? { align: 'left' as const } : {}),
      style: isBand && color ? `${style}; --event-color: ${color}` : style,
    }
  }

  private signatureOf(mark: Mark, selectedEventId: string | null): string {
    if (mark.kind === 'cluster') {
      const holdsSelection = mark.events.some((event) => event.id === selectedEventId)
      return `cluster|${mark.lane}|${mark.row}|${mark.anchorDay}|${mark.events.map((event) => event.id).join(',')}|${holdsSelection}`
    }
    return `${mark.kind}|${mark.lane}|${mark.row}|${mark.anchorDay}|${mark.labelPx}`
  }

  /** Changes waiting for their frame, by lane. */
  private pendingLanes: LaneChanges[] = []
  private frame = 0
  private selectedEventId: string | null = null

  /**
   * Makes the DataSet hold exactly `marks` (and `otherItems`, added with the first of them). vis-timeline's work
   * grows with the items changed at once, so after a zoom, when most marks change, the changes are made one lane
   * per animation frame, from the next one on: lanes never overlap, so a lane drawn at the new level beside one
   * still at the old is drawn right. `isAtOnce` makes them all now (the first draw).
   */
  sync(
    marks: readonly Mark[],
    level: ZoomLevel,
    selectedEventId: string | null,
    options: { otherItems?: readonly MarkItem[]; isAtOnce?: boolean } = {},
  ): void {
    cancelAnimationFrame(this.frame)
    this.pendingLanes = []
    this.selectedEventId = selectedEventId
    const byLane = new Map<string, LaneChanges>()
    const laneChanges = (lane: string) => {
      let changes = byLane.get(lane)
      if (!changes) {
        changes = { others: [], changed: [], removed: [] }
        byLane.set(lane, changes)
      }
      return changes
    }
    laneChanges('').others.push(...(options.otherItems ?? []))
    const wantedIds = new Set<string>()
    for (const mark of marks) {
      const itemId = this.itemIdOf(mark, level)
      wantedIds.add(itemId)
      const signature = this.signatureOf(mark, selectedEventId)
      if (this.signatures.get(itemId) !== signature) {
        laneChanges(mark.lane).changed.push({ itemId, mark, signature })
      }
    }
    for (const [itemId, mark] of this.marksByItem) {
      if (!wantedIds.has(itemId)) laneChanges(mark.lane).removed.push(itemId)
    }
    const lanes = [...byLane.values()].filter(
      (changes) => changes.others.length + changes.changed.length + changes.removed.length > 0,
    )
    if (options.isAtOnce) {
      this.apply({
        others: lanes.flatMap((changes) => changes.others),
        changed: lanes.flatMap((changes) => changes.changed),
        removed: lanes.flatMap((changes) => changes.removed),
      })
      return
    }
    this.pendingLanes = lanes
    this.applyPendingLane()
  }

  /** Makes one batch of changes, and records them as made. */
  private apply(changes: LaneChanges) {
    const added: MarkItem[] = [...changes.others]
    const updated: MarkItem[] = []
    for (const { itemId, mark, signature } of changes.changed) {
      const item = this.toItem(itemId, mark, this.selectedEventId)
      if (this.signatures.has(itemId)) updated.push(item)
      else added.push(item)
      this.signatures.set(itemId, signature)
      this.marksByItem.set(itemId, mark)
    }
    for (const itemId of changes.removed) {
      this.signatures.delete(itemId)
      this.elements.delete(itemId)
      this.marksByItem.delete(itemId)
    }
    if (changes.removed.length > 0) this.items.remove(changes.removed)
    if (updated.length > 0) this.items.update(updated)
    if (added.length > 0) addOutOfSight(this.items, added)
    this.onApplied(this.pendingLanes.length === 0)
  }

  private applyPendingLane(): void {
    if (this.pendingLanes.length === 0) return
    this.onApplied(false)
    this.frame = requestAnimationFrame(() => {
      const next = this.pendingLanes.shift()
      if (next) this.apply(next)
      this.applyPendingLane()
    })
  }

  /** Stops pending changes, for a timeline being destroyed. */
  dispose(): void {
    cancelAnimationFrame(this.frame)
  }
}

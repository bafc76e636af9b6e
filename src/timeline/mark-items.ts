/**
 * Marks → vis-timeline items, kept in step with a DataSet by difference: an item is added when its mark appears,
 * updated only when what it draws changed, and removed when its mark leaves the drawn stretch. Each item keeps
 * its element across updates, so the focus stays on it.
 */
import type { DataSet } from 'vis-data/peer'
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
 * sight and then moved into place, new items are drawn together on the next redraw, with one layout for all.
 */
export function addOutOfSight(items: DataSet<MarkItem, 'id'>, added: readonly MarkItem[]): void {
  items.add(added.map((item) => ({ ...item, start: OUT_OF_SIGHT, end: OUT_OF_SIGHT })))
  items.update(added.map((item) => (item.end ? item : { ...item, end: undefined })))
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

  /**
   * Makes the DataSet hold exactly `marks` (and `otherItems`, added along with them, once); returns whether
   * anything changed.
   */
  sync(
    marks: readonly Mark[],
    level: ZoomLevel,
    selectedEventId: string | null,
    otherItems: readonly MarkItem[] = [],
  ): boolean {
    const added: MarkItem[] = [...otherItems]
    const updated: MarkItem[] = []
    const next = new Map<string, Mark>()
    for (const mark of marks) {
      const itemId = this.itemIdOf(mark, level)
      next.set(itemId, mark)
      const signature = this.signatureOf(mark, selectedEventId)
      const previous = this.signatures.get(itemId)
      if (previous === signature) continue
      const item = this.toItem(itemId, mark, selectedEventId)
      if (previous === undefined) added.push(item)
      else updated.push(item)
      this.signatures.set(itemId, signature)
    }
    const removed = [...this.marksByItem.keys()].filter((itemId) => !next.has(itemId))
    for (const itemId of removed) {
      this.signatures.delete(itemId)
      this.elements.delete(itemId)
    }
    this.marksByItem.clear()
    for (const [itemId, mark] of next) this.marksByItem.set(itemId, mark)
    if (removed.length > 0) this.items.remove(removed)
    if (updated.length > 0) this.items.update(updated)
    if (added.length > 0) addOutOfSight(this.items, added)
    return removed.length + updated.length + added.length > 0
  }
}

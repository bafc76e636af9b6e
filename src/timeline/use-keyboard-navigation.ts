/**
 * Keyboard access to what the timeline draws: one mark at a time is in the Tab order (a roving tabindex), arrow
 * keys and Home/End move between marks, events and clusters alike, in time order (scrolling the timeline when
 * the next one is off screen), Enter or Space opens an event or a cluster.
 */
import { useRef, type RefObject } from 'react'
import { dayToTime } from './calendar-time'
import { lanesPanel } from './create-vis-timeline'
import type { ClusterMark, Mark } from './layout/marks'
import { stepMark } from './layout/stepping'
import type { StepDirection } from './step-through'
import type { TimelineWidget } from './timeline-widget'

const KEY_DIRECTIONS: Partial<Record<string, StepDirection>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
}

type KeyboardNavigationOptions = {
  containerRef: RefObject<HTMLDivElement | null>
  widgetRef: RefObject<TimelineWidget | null>
  /** The shown events' ids in time order. */
  orderedIds: readonly string[]
  initialActiveId: string | null
  /** False leaves every mark out of the Tab order (the present-mode strip has its own keys). */
  isTabbable: boolean
  /** Where an event is, for scrolling to one that is not laid out yet. */
  dayOfEvent: (eventId: string) => number | undefined
  onOpenEvent: (eventId: string) => void
  onOpenCluster: (mark: ClusterMark) => void
}

/** WCAG 2.2's least target size. */
const MIN_SEEN_PX = 24

const firstEventOf = (mark: Mark) => (mark.kind === 'cluster' ? mark.events[0]?.id : mark.event.id)

export function useKeyboardNavigation({
  containerRef,
  widgetRef,
  orderedIds,
  initialActiveId,
  isTabbable,
  dayOfEvent,
  onOpenEvent,
  onOpenCluster,
}: KeyboardNavigationOptions) {
  /** The event whose mark has the Tab stop: marks come and go with the zoom, events stay. */
  const activeEventIdRef = useRef<string | null>(initialActiveId)
  const pendingFocusRef = useRef<string | null>(null)
  /** The mark that last had the focus: when a redraw removes it, the focus moves to the mark now holding its event. */
  const focusedMarkRef = useRef<HTMLElement | null>(null)

  const markElements = (): HTMLElement[] =>
    Array.from(containerRef.current?.querySelectorAll<HTMLElement>('.ct-mark') ?? [])

  const markOfElement = (element: HTMLElement | null): Mark | undefined => {
    const itemId = element?.dataset.itemId
    return itemId ? widgetRef.current?.markOfItem(itemId) : undefined
  }

  const elementOfEvent = (eventId: string): HTMLElement | undefined => {
    const widget = widgetRef.current
    const mark = widget?.currentLayout()?.markOf(eventId)
    const element = mark ? widget?.elementOfMark(mark) : undefined
    return element?.isConnected ? element : undefined
  }

  /**
   * The Tab stop is the active event's mark while the reader can see it, else the first mark in time order that
   * they can see. Marks are also drawn a window's width beyond each edge, to pan into: a Tab stop there would
   * put the focus out of sight. A mark cut by an edge is in sight when the reader can see 24 pixels of it (the
   * least target size), or the whole of a smaller one.
   */
  const updateTabStop = () => {
    const elements = markElements()
    const container = containerRef.current
    const canvas = container ? lanesPanel(container)?.getBoundingClientRect() : undefined
    const isInSight = (element: HTMLElement) => {
      if (!canvas) return true
      const box = element.getBoundingClientRect()
      const seenPx = Math.min(box.right, canvas.right) - Math.max(box.left, canvas.left)
      return seenPx >= Math.min(box.width, MIN_SEEN_PX)
    }
    const activeId = activeEventIdRef.current
    let tabStop = activeId ? elementOfEvent(activeId) : undefined
    if (!tabStop || !isInSight(tabStop)) {
      const inSight = elements.filter(isInSight)
      const keyOf = (element: HTMLElement) => markOfElement(element)?.key ?? Infinity
      tabStop = (inSight.length > 0 ? inSight : elements).reduce<HTMLElement | undefined>(
        (best, element) => (!best || keyOf(element) < keyOf(best) ? element : best),
        undefined,
      )
    }
    for (const element of elements) element.tabIndex = isTabbable && element === tabStop ? 0 : -1
  }

  /** Focuses the mark that holds an event, scrolling there and waiting for the redraw when it is not drawn. */
  const focusEvent = (eventId: string, anchorDay?: number) => {
    activeEventIdRef.current = eventId
    const element = elementOfEvent(eventId)
    const visibleWindow = widgetRef.current?.vis.getWindow()
    const anchor = element ? markOfElement(element)?.anchorDay : anchorDay
    const isInWindow =
      anchor !== undefined &&
      visibleWindow !== undefined &&
      dayToTime(anchor) >= visibleWindow.start &&
      dayToTime(anchor) <= visibleWindow.end
    if (element && isInWindow) {
      element.focus({ preventScroll: true })
      updateTabStop()
      return
    }
    pendingFocusRef.current = eventId
    const day = anchor ?? dayOfEvent(eventId)
    if (day !== undefined) widgetRef.current?.vis.moveTo(dayToTime(day), { animation: false })
  }

  return {
    setActiveEvent: (eventId: string) => {
      activeEventIdRef.current = eventId
    },

    /** After the timeline zooms or scrolls to show an event, focus its mark. */
    focusAfterRedraw: (eventId: string) => {
      activeEventIdRef.current = eventId
      pendingFocusRef.current = eventId
    },

    /** Call after every vis-timeline redraw. */
    afterRedraw: () => {
      const pending = pendingFocusRef.current
      const target = pending ? elementOfEvent(pending) : undefined
      if (pending && target) {
        pendingFocusRef.current = null
        target.focus({ preventScroll: true })
      }
      // A zoom or a new width replaces or moves marks: a focused cluster that split, or a mark focused before the
      // redraw came, is gone or was taken out and put back, and the focus with it (to the page's body, with no
      // focusout). The reader keeps their place on the mark that now holds the event.
      const lost = focusedMarkRef.current
      const activeId = activeEventIdRef.current
      const isFocusLost =
        document.activeElement === null || document.activeElement === document.body
      if (lost && isFocusLost && activeId) {
        elementOfEvent(activeId)?.focus({ preventScroll: true })
      }
      updateTabStop()
    },

    onKeyDown: (keyboardEvent: KeyboardEvent) => {
      const target = (keyboardEvent.target as HTMLElement).closest<HTMLElement>('.ct-mark')
      const mark = markOfElement(target)
      const layout = widgetRef.current?.currentLayout()
      if (!mark || !layout) return
      if (keyboardEvent.key === 'Enter' || keyboardEvent.key === ' ') {
        keyboardEvent.preventDefault()
        if (mark.kind === 'cluster') onOpenCluster(mark)
        else onOpenEvent(mark.event.id)
        return
      }
      const direction = KEY_DIRECTIONS[keyboardEvent.key]
      if (!direction) return
      keyboardEvent.preventDefault()
      // The page's own arrow keys (stepping the open event) must not act on the same key press.
      keyboardEvent.stopPropagation()
      const step = stepMark(orderedIds, layout, mark.key, direction)
      if (!step) return
      if ('mark' in step) {
        const eventId = firstEventOf(step.mark)
        if (eventId) focusEvent(eventId, step.mark.anchorDay)
        return
      }
      focusEvent(step.eventId)
    },

    /**
     * Focus the reader moves away is theirs: only a mark a redraw removed is followed. Focus given to another
     * element names it; a removal names none, and neither does a click on something that takes no focus, which
     * `onPointerDown` has seen first.
     */
    onFocusOut: (focusEvent: FocusEvent) => {
      if (focusEvent.relatedTarget !== null) focusedMarkRef.current = null
    },

    /** Anywhere on the page: a click that lands on a mark focuses it again. */
    onPointerDown: () => {
      focusedMarkRef.current = null
    },

    onFocusIn: (focusEvent: FocusEvent) => {
      const element = (focusEvent.target as HTMLElement).closest<HTMLElement>('.ct-mark')
      focusedMarkRef.current = element
      const mark = markOfElement(element)
      const eventId = mark ? firstEventOf(mark) : undefined
      if (eventId) activeEventIdRef.current = eventId
    },
  }
}

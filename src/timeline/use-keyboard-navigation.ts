/**
 * Keyboard access to the events vis-timeline draws: one event at a time is in the Tab order (a roving
 * tabindex), arrow keys and Home/End move between events in time order (scrolling the timeline when the next
 * one is off screen), and Enter or Space opens the focused event.
 */
import { useRef, type RefObject } from 'react'
import type { Timeline as VisTimeline } from 'vis-timeline/peer'
import type { DatasetIndex } from '../data/dataset-index'
import { startOfDay } from './calendar-time'
import { stepEvent, type StepDirection } from './step-through'

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
  timelineRef: RefObject<VisTimeline | null>
  index: DatasetIndex
  /** The shown events' ids in time order. */
  orderedIds: readonly string[]
  initialActiveId: string | null
  /** False leaves every event out of the Tab order (the present-mode strip has its own keys). */
  isTabbable: boolean
  onOpenEvent: (eventId: string) => void
}

export function useKeyboardNavigation({
  containerRef,
  timelineRef,
  index,
  orderedIds,
  initialActiveId,
  isTabbable,
  onOpenEvent,
}: KeyboardNavigationOptions) {
  const activeEventIdRef = useRef<string | null>(initialActiveId)
  const pendingFocusRef = useRef<string | null>(null)

  const eventElements = (): HTMLElement[] =>
    Array.from(containerRef.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [])

  const updateTabStop = () => {
    const elements = eventElements()
    const activeId = activeEventIdRef.current
    let tabStop = elements.find((element) => element.dataset.eventId === activeId)
    if (!tabStop) {
      const position = (element: HTMLElement) => orderedIds.indexOf(element.dataset.eventId ?? '')
      tabStop = elements.reduce<HTMLElement | undefined>(
        (best, element) => (!best || position(element) < position(best) ? element : best),
        undefined,
      )
    }
    for (const element of elements) element.tabIndex = isTabbable && element === tabStop ? 0 : -1
  }

  const focusEvent = (eventId: string) => {
    const timeline = timelineRef.current
    const target = eventElements().find((element) => element.dataset.eventId === eventId)
    const span = index.spans.get(eventId)
    const visibleWindow = timeline?.getWindow()
    activeEventIdRef.current = eventId
    const isInWindow =
      span !== undefined &&
      visibleWindow !== undefined &&
      startOfDay(span.firstDay) >= visibleWindow.start &&
      startOfDay(span.firstDay) <= visibleWindow.end
    if (target && isInWindow) {
      target.focus({ preventScroll: true })
      updateTabStop()
      return
    }
    // Off screen, vis-timeline has not drawn it: scroll there and focus it after the redraw.
    if (timeline && span) {
      pendingFocusRef.current = eventId
      timeline.moveTo(startOfDay(span.firstDay), { animation: false })
    }
  }

  return {
    setActiveEvent: (eventId: string) => {
      activeEventIdRef.current = eventId
    },

    /** Call after every vis-timeline redraw. */
    afterRedraw: () => {
      const pending = pendingFocusRef.current
      const target = pending
        ? eventElements().find((element) => element.dataset.eventId === pending)
        : undefined
      if (pending && target) {
        pendingFocusRef.current = null
        activeEventIdRef.current = pending
        target.focus({ preventScroll: true })
      }
      updateTabStop()
    },

    onKeyDown: (keyboardEvent: KeyboardEvent) => {
      const target = (keyboardEvent.target as HTMLElement).closest<HTMLElement>('[data-event-id]')
      const eventId = target?.dataset.eventId
      if (!eventId) return
      if (keyboardEvent.key === 'Enter' || keyboardEvent.key === ' ') {
        keyboardEvent.preventDefault()
        onOpenEvent(eventId)
        return
      }
      const direction = KEY_DIRECTIONS[keyboardEvent.key]
      if (!direction) return
      keyboardEvent.preventDefault()
      // The page's own arrow keys (stepping the open event) must not act on the same key press.
      keyboardEvent.stopPropagation()
      const nextId = stepEvent(orderedIds, eventId, direction)
      if (nextId) focusEvent(nextId)
    },

    onFocusIn: (focusEvent: FocusEvent) => {
      const eventId = (focusEvent.target as HTMLElement).dataset.eventId
      if (eventId) activeEventIdRef.current = eventId
    },
  }
}

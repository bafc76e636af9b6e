/**
 * Wheel, drag, pinch and double-click on the map. Moves are shown at once (onMove) and written to the URL
 * when the gesture ends (onSettle), so that Back does not step through every frame of a drag.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react'
import { panBy, zoomAround, type Point, type ScreenSize } from '../../map/web-mercator'
import type { MapViewport } from '../../view/view-state'

/** A wheel "click" of 100 px zooms by a third of a level; trackpads send smaller deltas and zoom finer. */
const ZOOM_PER_WHEEL_PX = 1 / 300
const WHEEL_SETTLE_MS = 300
/** Moves shorter than this are clicks, not drags. */
const DRAG_THRESHOLD_PX = 4

export function useMapGestures(
  surfaceRef: RefObject<SVGSVGElement | null>,
  viewport: MapViewport,
  size: ScreenSize,
  onMove: (viewport: MapViewport) => void,
  onSettle: (viewport: MapViewport) => void,
) {
  const current = useEffectEvent(() => ({ viewport, size }))
  const move = useEffectEvent(onMove)
  const settle = useEffectEvent(onSettle)

  useEffect(() => {
    const surface = surfaceRef.current
    if (!surface) return
    const pointers = new Map<number, Point>()
    let gestureStart: { viewport: MapViewport; pointers: Map<number, Point> } | null = null
    let latest: MapViewport | null = null
    let hasDragged = false
    let wheelTimer: ReturnType<typeof setTimeout> | undefined

    const local = (event: { clientX: number; clientY: number }): Point => {
      const box = surface.getBoundingClientRect()
      return { x: event.clientX - box.left, y: event.clientY - box.top }
    }
    const show = (next: MapViewport) => {
      latest = next
      move(next)
    }
    const restart = () => {
      gestureStart = { viewport: latest ?? current().viewport, pointers: new Map(pointers) }
    }

    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const { viewport: shown, size: shownSize } = current()
      const pixels = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY
      show(zoomAround(latest ?? shown, shownSize, local(event), -pixels * ZOOM_PER_WHEEL_PX))
      clearTimeout(wheelTimer)
      wheelTimer = setTimeout(() => {
        if (latest) settle(latest)
        latest = null
      }, WHEEL_SETTLE_MS)
    }
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || (event.target as Element).closest('[data-map-mark]')) return
      pointers.set(event.pointerId, local(event))
      surface.setPointerCapture(event.pointerId)
      hasDragged = false
      restart()
    }
    const onPointerMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId) || !gestureStart) return
      pointers.set(event.pointerId, local(event))
      const [first, second] = [...pointers.values()] as [Point, Point | undefined]
      const [startFirst, startSecond] = [...gestureStart.pointers.values()] as [Point, Point?]
      if (second && startSecond) {
        const scale =
          Math.hypot(second.x - first.x, second.y - first.y) /
          Math.max(1, Math.hypot(startSecond.x - startFirst.x, startSecond.y - startFirst.y))
        const middle = { x: (first.x + second.x) / 2, y: (first.y + second.y) / 2 }
        const startMiddle = {
          x: (startFirst.x + startSecond.x) / 2,
          y: (startFirst.y + startSecond.y) / 2,
        }
        const panned = panBy(
          gestureStart.viewport,
          middle.x - startMiddle.x,
          middle.y - startMiddle.y,
        )
        hasDragged = true
        show(zoomAround(panned, current().size, middle, Math.log2(scale)))
        return
      }
      const dx = first.x - startFirst.x
      const dy = first.y - startFirst.y
      if (!hasDragged && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
      hasDragged = true
      show(panBy(gestureStart.viewport, dx, dy))
    }
    const onPointerUp = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return
      if (pointers.size > 0) {
        restart()
        return
      }
      gestureStart = null
      if (latest) settle(latest)
      latest = null
    }
    const onDoubleClick = (event: MouseEvent) => {
      if ((event.target as Element).closest('[data-map-mark]')) return
      const { viewport: shown, size: shownSize } = current()
      settle(zoomAround(shown, shownSize, local(event), event.shiftKey ? -1 : 1))
    }

    surface.addEventListener('wheel', onWheel, { passive: false })
    surface.addEventListener('pointerdown', onPointerDown)
    surface.addEventListener('pointermove', onPointerMove)
    surface.addEventListener('pointerup', onPointerUp)
    surface.addEventListener('pointercancel', onPointerUp)
    surface.addEventListener('dblclick', onDoubleClick)
    return () => {
      clearTimeout(wheelTimer)
      surface.removeEventListener('wheel', onWheel)
      surface.removeEventListener('pointerdown', onPointerDown)
      surface.removeEventListener('pointermove', onPointerMove)
      surface.removeEventListener('pointerup', onPointerUp)
      surface.removeEventListener('pointercancel', onPointerUp)
      surface.removeEventListener('dblclick', onDoubleClick)
    }
  }, [surfaceRef])
}

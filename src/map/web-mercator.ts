/**
 * Web Mercator, the projection of web maps: at zoom z the world is 256·2^z pixels square, so that zooming is a
 * pure scale and panning a pure shift of one set of projected shapes. World coordinates run from 0 to
 * WORLD_SIZE, x eastwards from 180° W, y southwards from 85.05° N.
 */
import { MAP_ZOOM_LIMITS, MAX_MAP_LATITUDE, type MapViewport } from '../view/view-state'

export const WORLD_SIZE = 256

export type Point = { x: number; y: number }
export type ScreenSize = { width: number; height: number }

export function projectToWorld(lon: number, lat: number): Point {
  const clampedLat = clamp(lat, -MAX_MAP_LATITUDE, MAX_MAP_LATITUDE)
  const sin = Math.sin((clampedLat * Math.PI) / 180)
  return {
    x: ((lon + 180) / 360) * WORLD_SIZE,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_SIZE,
  }
}

export function worldToLonLat({ x, y }: Point): { lon: number; lat: number } {
  const lon = (x / WORLD_SIZE) * 360 - 180
  const n = Math.PI - (2 * Math.PI * y) / WORLD_SIZE
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n))
  return { lon, lat }
}

export function scaleOf(zoom: number): number {
  return 2 ** zoom
}

export function worldToScreen(point: Point, viewport: MapViewport, size: ScreenSize): Point {
  const centre = projectToWorld(viewport.lon, viewport.lat)
  const scale = scaleOf(viewport.zoom)
  return {
    x: (point.x - centre.x) * scale + size.width / 2,
    y: (point.y - centre.y) * scale + size.height / 2,
  }
}

export function screenToWorld(point: Point, viewport: MapViewport, size: ScreenSize): Point {
  const centre = projectToWorld(viewport.lon, viewport.lat)
  const scale = scaleOf(viewport.zoom)
  return {
    x: centre.x + (point.x - size.width / 2) / scale,
    y: centre.y + (point.y - size.height / 2) / scale,
  }
}

/** The viewport after moving the map by a number of screen pixels (the content follows the pointer). */
export function panBy(viewport: MapViewport, dx: number, dy: number): MapViewport {
  const centre = projectToWorld(viewport.lon, viewport.lat)
  const scale = scaleOf(viewport.zoom)
  return centredOn({ x: centre.x - dx / scale, y: centre.y - dy / scale }, viewport.zoom)
}

/** The viewport after zooming by `delta` levels, keeping the place under `anchor` where it is on screen. */
export function zoomAround(
  viewport: MapViewport,
  size: ScreenSize,
  anchor: Point,
  delta: number,
): MapViewport {
  const zoom = clamp(viewport.zoom + delta, MAP_ZOOM_LIMITS.min, MAP_ZOOM_LIMITS.max)
  const under = screenToWorld(anchor, viewport, size)
  const scale = scaleOf(zoom)
  return centredOn(
    {
      x: under.x - (anchor.x - size.width / 2) / scale,
      y: under.y - (anchor.y - size.height / 2) / scale,
    },
    zoom,
  )
}

/** The deepest view that shows every point with `padding` pixels around, no closer than `maxZoom`. */
export function fitPoints(
  points: readonly { lon: number; lat: number }[],
  size: ScreenSize,
  { padding = 32, maxZoom = 6 }: { padding?: number; maxZoom?: number } = {},
): MapViewport {
  if (points.length === 0) return { lat: 30, lon: 20, zoom: MAP_ZOOM_LIMITS.min }
  const projected = points.map((point) => projectToWorld(point.lon, point.lat))
  const xs = projected.map((point) => point.x)
  const ys = projected.map((point) => point.y)
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ]
  const usableWidth = Math.max(1, size.width - 2 * padding)
  const usableHeight = Math.max(1, size.height - 2 * padding)
  const fittedZoom = Math.log2(
    Math.min(usableWidth / Math.max(maxX - minX, 1e-9), usableHeight / Math.max(maxY - minY, 1e-9)),
  )
  const zoom = clamp(Math.min(fittedZoom, maxZoom), MAP_ZOOM_LIMITS.min, MAP_ZOOM_LIMITS.max)
  return centredOn({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, zoom)
}

function centredOn(point: Point, zoom: number): MapViewport {
  const { lon, lat } = worldToLonLat({
    x: clamp(point.x, 0, WORLD_SIZE),
    y: clamp(point.y, 0, WORLD_SIZE),
  })
  return { lat, lon, zoom }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/**
 * The `map` parameter: `lat,lon,zoom`, such as `48.5,31.2,5`. Written rounded (to about a metre at the deepest
 * zoom, a hundredth of a zoom level) so that equal views give equal links and a parsed value writes back the same.
 */
import { MAP_ZOOM_LIMITS, MAX_MAP_LATITUDE, type MapViewport } from '../view/view-state'

const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/

export function parseMapViewport(value: string): MapViewport | null {
  const parts = value.split(',').map((part) => part.trim())
  if (parts.length !== 3 || !parts.every((part) => NUMBER_PATTERN.test(part))) return null
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number]
  if (Math.abs(lat) > MAX_MAP_LATITUDE || Math.abs(lon) > 180) return null
  if (zoom < MAP_ZOOM_LIMITS.min || zoom > MAP_ZOOM_LIMITS.max) return null
  return roundMapViewport({ lat, lon, zoom })
}

export function formatMapViewport(viewport: MapViewport): string {
  const { lat, lon, zoom } = roundMapViewport(viewport)
  return `${lat},${lon},${zoom}`
}

export function roundMapViewport({ lat, lon, zoom }: MapViewport): MapViewport {
  return { lat: round(lat, 4), lon: round(lon, 4), zoom: round(zoom, 2) }
}

function round(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals))
  // -0 would be written "0" but compare unequal in tests of the round trip.
  return rounded === 0 ? 0 : rounded
}

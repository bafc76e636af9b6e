/** The map's projection, and its URL parameter. */
import { describe, expect, it } from 'vitest'
import {
  fitPoints,
  panBy,
  projectToWorld,
  screenToWorld,
  worldToScreen,
  zoomAround,
} from '../../src/map/web-mercator'
import { formatMapViewport, parseMapViewport } from '../../src/url/map-param'
import { parseViewState } from '../../src/url/parse-view-state'
import { serializeViewState } from '../../src/url/serialize-view-state'

const size = { width: 800, height: 600 }

describe('Web Mercator projection', () => {
  it('puts known places where web maps put them', () => {
    expect(projectToWorld(0, 0)).toEqual({ x: 128, y: 128 })
    expect(projectToWorld(-180, 0).x).toBe(0)
    expect(projectToWorld(180, 0).x).toBe(256)
    expect(projectToWorld(0, 85.05).y).toBeCloseTo(0, 1)
    // Kyiv, 50.45° N 30.52° E: in web map tile 4790/2762 at zoom 13 (the slippy-map formula), world 149.70, 86.32.
    const kyiv = projectToWorld(30.52, 50.45)
    expect(kyiv.x).toBeCloseTo(149.7, 1)
    expect(kyiv.y).toBeCloseTo(86.32, 1)
  })

  it('draws the centre of the viewport in the middle of the screen, and back', () => {
    const viewport = { lat: 48.5, lon: 31.2, zoom: 5 }
    const centre = worldToScreen(projectToWorld(31.2, 48.5), viewport, size)
    expect(centre.x).toBeCloseTo(400, 6)
    expect(centre.y).toBeCloseTo(300, 6)
    const point = { x: 123, y: 456 }
    const back = worldToScreen(screenToWorld(point, viewport, size), viewport, size)
    expect(back.x).toBeCloseTo(123, 6)
    expect(back.y).toBeCloseTo(456, 6)
  })

  it('keeps the place under the pointer still while zooming, and moves with a drag', () => {
    const viewport = { lat: 48.5, lon: 31.2, zoom: 5 }
    const anchor = { x: 650, y: 120 }
    const under = screenToWorld(anchor, viewport, size)
    const zoomed = zoomAround(viewport, size, anchor, 1.5)
    expect(zoomed.zoom).toBe(6.5)
    const after = worldToScreen(under, zoomed, size)
    expect(after.x).toBeCloseTo(650, 6)
    expect(after.y).toBeCloseTo(120, 6)
    expect(zoomAround(viewport, size, anchor, 20).zoom).toBe(10)
    const panned = panBy(viewport, 100, 0)
    expect(panned.lon).toBeLessThan(viewport.lon)
    expect(panned.lat).toBeCloseTo(viewport.lat, 6)
  })

  it('fits places with room around them', () => {
    const places = [
      { lat: 50.45, lon: 30.52 },
      { lat: 46.48, lon: 30.72 },
      { lat: 48.0, lon: 37.8 },
    ]
    const fitted = fitPoints(places, size)
    for (const place of places) {
      const point = worldToScreen(projectToWorld(place.lon, place.lat), fitted, size)
      expect(point.x).toBeGreaterThanOrEqual(31)
      expect(point.x).toBeLessThanOrEqual(769)
      expect(point.y).toBeGreaterThanOrEqual(31)
      expect(point.y).toBeLessThanOrEqual(569)
    }
    expect(fitPoints([{ lat: 50, lon: 30 }], size).zoom).toBe(6)
    expect(fitPoints([], size).zoom).toBe(1)
  })
})

describe('the map parameter', () => {
  it('parses lat,lon,zoom and writes it back the same', () => {
    expect(parseMapViewport('48.5,31.2,5')).toEqual({ lat: 48.5, lon: 31.2, zoom: 5 })
    expect(formatMapViewport({ lat: 48.123456, lon: -0.000001, zoom: 5.4567 })).toBe(
      '48.1235,0,5.46',
    )
    const { view, notices } = parseViewState('view=map&map=48.5,31.2,5')
    expect(notices).toEqual([])
    expect(view.map).toEqual({ lat: 48.5, lon: 31.2, zoom: 5 })
    expect(serializeViewState(view)).toBe('view=map&map=48.5,31.2,5')
    expect(serializeViewState({ ...view, map: null })).toBe('view=map')
  })

  it('refuses what is not a place and a zoom, with a notice naming the parameter', () => {
    for (const value of [
      '48.5,31.2',
      '91,0,5',
      '48,200,5',
      '48,31,0',
      '48,31,11',
      'a,b,c',
      '1e3,0,5',
    ]) {
      const { view, notices } = parseViewState(`map=${value}`)
      expect(view.map).toBeNull()
      expect(notices.map((notice) => notice.param)).toEqual(['map'])
    }
  })
})

/**
 * The bundled geometry (scripts/build-map-geometry.ts) as SVG paths in world coordinates (web-mercator.ts), made
 * once: the map then pans and zooms them with one transform instead of projecting them again.
 */
import { geoMercator, geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { WORLD_SIZE } from './web-mercator'
import { regionKey } from './occupied-regions'

export type MapShapes = {
  /** Every country's area, Ukraine apart so that it can stand out. */
  land: string
  ukraine: string
  /** Borders between countries; the coastline. */
  borders: string
  coastline: string
  /** Ukraine's oblasts, for hatching, and the lines between them. */
  oblasts: { key: string; name: string; path: string }[]
  oblastBorders: string
}

type Named = { name: string }

export function buildMapShapes(topology: Topology): MapShapes {
  // d3's Mercator cuts the few shapes that cross the antimeridian (Chukotka, Fiji); its adaptive resampling is
  // turned off (precision 0): a 1:50m line gains nothing from it, and it doubled the time to build the paths.
  const projection = geoMercator()
    .scale(WORLD_SIZE / (2 * Math.PI))
    .translate([WORLD_SIZE / 2, WORLD_SIZE / 2])
    .precision(0)
  // Three decimals of a 256-unit world: under a pixel at the deepest zoom (2^10).
  const path = geoPath(projection).digits(3)
  const countries = topology.objects.countries as GeometryCollection<Named>
  const oblasts = topology.objects.oblasts as GeometryCollection<Named>
  const isUkraine = (geometry: { properties?: object }) =>
    (geometry.properties as Named | undefined)?.name === 'Ukraine'
  const areaOf = (geometries: GeometryCollection<Named>['geometries']) =>
    path(feature(topology, { type: 'GeometryCollection', geometries })) ?? ''
  return {
    land: areaOf(countries.geometries.filter((geometry) => !isUkraine(geometry))),
    ukraine: areaOf(countries.geometries.filter(isUkraine)),
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
    coastline: path(mesh(topology, countries, (a, b) => a === b)) ?? '',
    oblasts: oblasts.geometries.map((geometry) => {
      const name = (geometry.properties as Named).name
      return { key: regionKey(name), name, path: path(feature(topology, geometry)) ?? '' }
    }),
    oblastBorders: path(mesh(topology, oblasts, (a, b) => a !== b)) ?? '',
  }
}

/**
 * Land, Ukraine, borders, coastline and oblasts, drawn once in world coordinates and moved by one transform.
 * Strokes keep their width at every zoom (vector-effect).
 */
import { memo, useId } from 'react'
import type { Occupation } from '../../map/occupied-regions'
import { buildMapShapes, type MapShapes } from '../../map/map-shapes'
import { projectToWorld, scaleOf, type ScreenSize } from '../../map/web-mercator'
import type { MapViewport } from '../../view/view-state'
import geometry from '../../map/map-geometry.json'
import type { Topology } from 'topojson-specification'

let shapes: MapShapes | null = null
function mapShapes(): MapShapes {
  shapes ??= buildMapShapes(geometry as unknown as Topology)
  return shapes
}

type MapShapesLayerProps = {
  viewport: MapViewport
  size: ScreenSize
  occupation: Occupation | null
}

export function MapShapesLayer({ viewport, size, occupation }: MapShapesLayerProps) {
  // One page can hold several maps (beside the timeline, in the handout), each hatched at its own scale.
  const hatchId = `ct-map-hatch-${useId().replace(/:/g, '')}`
  const centre = projectToWorld(viewport.lon, viewport.lat)
  const scale = scaleOf(viewport.zoom)
  const transform = `translate(${size.width / 2 - centre.x * scale} ${size.height / 2 - centre.y * scale}) scale(${scale})`
  return (
    <>
      <defs>
        {/* The pattern lies in the shapes' world units: scaled back so that its lines stay 6 px apart. */}
        <pattern
          id={hatchId}
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform={`scale(${1 / scale}) rotate(45)`}
        >
          <line className="ct-map-hatch-line" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      <rect className="ct-map-water" width={size.width} height={size.height} />
      <g transform={transform}>
        <StaticShapes occupiedKeys={occupation?.regionKeys ?? null} hatchId={hatchId} />
      </g>
    </>
  )
}

const StaticShapes = memo(function StaticShapes({
  occupiedKeys,
  hatchId,
}: {
  occupiedKeys: ReadonlySet<string> | null
  hatchId: string
}) {
  const { land, ukraine, borders, coastline, oblasts, oblastBorders } = mapShapes()
  return (
    <>
      <path className="ct-map-land" d={land} />
      <path className="ct-map-ukraine" d={ukraine} />
      {occupiedKeys &&
        oblasts
          .filter((oblast) => occupiedKeys.has(oblast.key))
          .map((oblast) => (
            <path key={oblast.key} fill={`url(#${hatchId})`} d={oblast.path}>
              <title>{oblast.name}</title>
            </path>
          ))}
      <path className="ct-map-oblast-borders" d={oblastBorders} />
      <path className="ct-map-borders" d={borders} />
      <path className="ct-map-coastline" d={coastline} />
    </>
  )
})

/** One mark on the map: a dot in its type's colour, or a counted disc ringed by its events' types. */
import { MIN_HIT_RADIUS_PX, type MapMark } from '../../map/map-marks'

type MapMarkGlyphProps = {
  mark: MapMark
  isSelected: boolean
  label: string
  /** A mark in a still map (print, the classroom inset) is a picture, not a control. */
  isInteractive: boolean
  onActivate: (mark: MapMark, element: SVGGElement) => void
}

export function MapMarkGlyph({
  mark,
  isSelected,
  label,
  isInteractive,
  onActivate,
}: MapMarkGlyphProps) {
  const { position, radius, typeMix, events } = mark
  const isSingle = events.length === 1
  const color = typeMix[0]?.color ?? '#64748b'
  const ringWidth = Math.max(4, radius * 0.32)
  const ringRadius = radius - ringWidth / 2
  const circumference = 2 * Math.PI * ringRadius
  const segments = typeMix.reduce<
    { typeId: string; color: string; start: number; length: number }[]
  >((done, { typeId, color: segmentColor, share }) => {
    const last = done.at(-1)
    const start = last ? last.start + last.length : 0
    return [...done, { typeId, color: segmentColor, start, length: share * circumference }]
  }, [])
  const control = isInteractive
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': label,
        onClick: (event: React.MouseEvent<SVGGElement>) => onActivate(mark, event.currentTarget),
        onKeyDown: (event: React.KeyboardEvent<SVGGElement>) => {
          if (event.key !== 'Enter' && event.key !== ' ') return
          event.preventDefault()
          onActivate(mark, event.currentTarget)
        },
      }
    : { 'aria-hidden': true }
  return (
    <g
      {...control}
      data-map-mark={mark.key}
      data-event-count={events.length}
      data-event-id={isSingle ? events[0]?.id : undefined}
      className={`ct-map-mark${isSelected ? ' is-selected' : ''}`}
      transform={`translate(${position.x.toFixed(1)} ${position.y.toFixed(1)})`}
    >
      <circle className="ct-map-hit" r={Math.max(radius, MIN_HIT_RADIUS_PX)} />
      {isSelected && <circle className="ct-map-selected-ring" r={radius + 4} />}
      {isSingle ? (
        <circle className="ct-map-dot" r={radius} fill={color} />
      ) : (
        <>
          <circle className="ct-map-disc" r={radius} />
          {segments.map(({ typeId, color: segmentColor, start, length }) => (
            <circle
              key={typeId}
              r={ringRadius}
              fill="none"
              stroke={segmentColor}
              strokeWidth={ringWidth}
              strokeDasharray={`${length} ${circumference - length}`}
              strokeDashoffset={-start}
              transform="rotate(-90)"
            />
          ))}
          <text className="ct-map-count" dy="0.35em" textAnchor="middle">
            {events.length}
          </text>
        </>
      )}
    </g>
  )
}

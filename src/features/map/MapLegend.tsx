/** How to read the map: marks, counts, and which periods the hatching comes from. */
import { dayToIsoDate, formatPartialDate, parsePartialDate } from '../../data/partial-date'
import type { Occupation } from '../../map/occupied-regions'

type MapLegendProps = {
  occupation: Occupation | null
  occupationDay: number | null
}

export function MapLegend({ occupation, occupationDay }: MapLegendProps) {
  const date = occupationDay === null ? null : parsePartialDate(dayToIsoDate(occupationDay))
  return (
    <p className="ct-map-legend ct-muted text-xs">
      Colour shows the type of event, size its importance; a number counts the events of places
      close together.
      {occupation && occupation.periods.length > 0 && date && (
        <>
          {' '}
          <span className="ct-map-legend-hatch" aria-hidden="true" /> Hatched: regions held in whole
          or in part by an occupying force on {formatPartialDate(date)}, from the dataset's periods
          ({occupation.periods.map((period) => period.label).join(', ')}).
        </>
      )}{' '}
      Borders: Natural Earth.
    </p>
  )
}

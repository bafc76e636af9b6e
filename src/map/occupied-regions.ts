/**
 * Which regions the map hatches: those a period of the dataset lists as occupied, on the last day the map
 * shows. The bundled geometry names Ukraine's oblasts ("Donetsk"); datasets name region locations their own
 * way ("Donetsk Oblast", "Donetsk region"): both fold to one key.
 */
import type { DatasetIndex } from '../data/dataset-index'
import type { Period } from '../data/schema'
import { foldText } from '../filters/fold-text'

export function regionKey(name: string): string {
  return foldText(name)
    .replace(/\b(oblast|region|province|krai)\b/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
}

export type Occupation = {
  /** Region keys (regionKey) to hatch. */
  regionKeys: Set<string>
  /** The periods that say so, for the legend. */
  periods: Period[]
}

export function occupationOn(index: DatasetIndex, day: number): Occupation {
  const regionKeys = new Set<string>()
  const periods: Period[] = []
  for (const period of index.dataset.periods ?? []) {
    const span = index.periodSpans.get(period.id)
    if (!period.occupiedRegions?.length || !span) continue
    if (day < span.firstDay || day > span.lastDay) continue
    periods.push(period)
    for (const id of period.occupiedRegions) {
      const location = index.locationsById.get(id)
      if (location) regionKeys.add(regionKey(location.name))
    }
  }
  return { regionKeys, periods }
}

/**
 * The options of each facet, grouped as readers look for them: event types by category (with their colours),
 * actors by kind, places by country with each region's places under it.
 */
import type { DatasetIndex } from '../data/dataset-index'
import { ACTOR_KIND_NAMES, CATEGORY_NAMES, countryName } from '../data/display-names'
import { ACTOR_KINDS, CATEGORIES } from '../data/vocabulary'
import type { FacetCounts } from './facet-counts'

export type FacetOption = {
  id: string
  label: string
  count: number
  /** A colour swatch (event types). */
  color?: string
  /** Secondary text, such as a person's state. */
  detail?: string
  /** Places inside a region are indented under it. */
  isNested?: boolean
}
export type FacetGroup = { label: string; options: FacetOption[] }

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label)

export function typeGroups(index: DatasetIndex, counts: FacetCounts): FacetGroup[] {
  return CATEGORIES.map((category) => ({
    label: CATEGORY_NAMES[category],
    options: index.dataset.eventTypes
      .filter((type) => type.category === category)
      .map((type) => ({
        id: type.id,
        label: type.label,
        count: counts.types.get(type.id) ?? 0,
        color: type.color,
      })),
  })).filter((group) => group.options.length > 0)
}

export function actorGroups(index: DatasetIndex, counts: FacetCounts): FacetGroup[] {
  return ACTOR_KINDS.map((kind) => ({
    label: ACTOR_KIND_NAMES[kind],
    options: index.dataset.actors
      .filter((actor) => actor.kind === kind)
      .map((actor) => {
        const affiliation = actor.affiliation
          ? index.actorsById.get(actor.affiliation)?.name
          : undefined
        return {
          id: actor.id,
          label: actor.name,
          count: counts.actors.get(actor.id) ?? 0,
          ...(affiliation ? { detail: affiliation } : {}),
        }
      })
      .sort(byLabel),
  })).filter((group) => group.options.length > 0)
}

export function locationGroups(index: DatasetIndex, counts: FacetCounts): FacetGroup[] {
  const byCountry = new Map<string, FacetOption[]>()
  const locations = [...index.dataset.locations].sort((a, b) => a.name.localeCompare(b.name))
  const option = (id: string, label: string, isNested = false): FacetOption => ({
    id,
    label,
    count: counts.locations.get(id) ?? 0,
    ...(isNested ? { isNested } : {}),
  })
  for (const location of locations) {
    if (location.region && index.locationsById.has(location.region)) continue
    const country = countryName(location.country)
    const options = byCountry.get(country) ?? []
    options.push(option(location.id, location.name))
    for (const place of locations.filter((candidate) => candidate.region === location.id)) {
      options.push(option(place.id, place.name, true))
    }
    byCountry.set(country, options)
  }
  // Ukraine first (where the war is fought), then the other countries by name.
  return [...byCountry.entries()]
    .map(([label, options]) => ({ label, options }))
    .sort((a, b) => Number(b.label === 'Ukraine') - Number(a.label === 'Ukraine') || byLabel(a, b))
}

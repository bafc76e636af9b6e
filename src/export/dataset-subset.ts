/**
 * The shown events as a dataset of their own: only the actors, places, types and periods they use, so that an
 * export is valid against the schema and carries nothing the reader did not see.
 */
import type { DatasetIndex } from '../data/dataset-index'
import type { Dataset, TimelineEvent } from '../data/schema'

export function datasetOf(index: DatasetIndex, events: readonly TimelineEvent[]): Dataset {
  const { dataset } = index
  const actorIds = new Set<string>()
  const locationIds = new Set<string>()
  const typeIds = new Set<string>()
  for (const event of events) {
    typeIds.add(event.type)
    for (const id of event.actors) actorIds.add(id)
    for (const quote of event.quotes ?? []) actorIds.add(quote.by)
    for (const id of event.locations) locationIds.add(id)
  }
  // An actor's affiliation and a place's region are records too: keep what they point to.
  for (const id of [...actorIds]) {
    const affiliation = index.actorsById.get(id)?.affiliation
    if (affiliation) actorIds.add(affiliation)
  }
  for (const id of [...locationIds]) {
    const region = index.locationsById.get(id)?.region
    if (region) locationIds.add(region)
  }
  let firstDay = Infinity
  let lastDay = -Infinity
  for (const event of events) {
    const span = index.spans.get(event.id)
    if (!span) continue
    firstDay = Math.min(firstDay, span.firstDay)
    lastDay = Math.max(lastDay, span.lastDay)
  }
  const periods = (dataset.periods ?? []).filter((period) => {
    const span = index.periodSpans.get(period.id)
    return span !== undefined && span.lastDay >= firstDay && span.firstDay <= lastDay
  })
  return {
    schemaVersion: 1,
    title: dataset.title,
    ...(dataset.description && { description: dataset.description }),
    ...(dataset.updated && { updated: dataset.updated }),
    ...(dataset.license && { license: dataset.license }),
    actors: dataset.actors.filter((actor) => actorIds.has(actor.id)),
    locations: dataset.locations.filter((location) => locationIds.has(location.id)),
    eventTypes: dataset.eventTypes.filter((type) => typeIds.has(type.id)),
    ...(periods.length > 0 && { periods }),
    events: [...events],
  }
}

/**
 * The page's side of a load in the worker: slices of events taken in as they come, each prepared for search and
 * filters while the worker checks the next, then put together.
 */
import { byId, indexDataset } from '../data/dataset-index'
import type { ValidationReport } from '../data/dataset-issues'
import type { Actor, Location, TimelineEvent } from '../data/schema'
import { facetsOf, type EventFacets } from '../filters/filter-criteria'
import { searchTextOf, type NameLookups } from '../filters/search-index'
import type { LoadedDataset } from './loaded-dataset'

export class DatasetAssembly {
  private readonly events: TimelineEvent[] = []
  private readonly searchIndex = new Map<string, string>()
  private readonly eventFacets = new Map<string, EventFacets>()
  private names: NameLookups = { actorsById: new Map(), locationsById: new Map() }

  setNames(actors: readonly Actor[], locations: readonly Location[]) {
    this.names = { actorsById: byId(actors), locationsById: byId(locations) }
  }

  addSlice(events: readonly TimelineEvent[]) {
    for (const event of events) {
      this.events.push(event)
      this.searchIndex.set(event.id, searchTextOf(this.names, event))
      this.eventFacets.set(event.id, facetsOf(this.names, event))
    }
  }

  finish(url: string, reportWithoutEvents: ValidationReport, order: Int32Array): LoadedDataset {
    const dataset = reportWithoutEvents.dataset
      ? { ...reportWithoutEvents.dataset, events: this.events }
      : null
    const report = { ...reportWithoutEvents, dataset }
    if (!dataset) throw new Error('A finished load has a dataset')
    const index = indexDataset(dataset, order)
    return {
      url,
      index,
      report,
      filterContext: { index, searchIndex: this.searchIndex, eventFacets: this.eventFacets },
    }
  }
}

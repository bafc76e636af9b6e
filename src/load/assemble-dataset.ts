/**
 * The page's side of a load in the worker: slices of events taken in as they come, each looked up by id and its
 * dates read while the worker checks the next, then put together with the report the worker sends last and put
 * in time order (with the dates already read, sorting is what is left: the worker no longer reads them again).
 */
import { addEventLookups, indexDataset, type EventLookups } from '../data/dataset-index'
import type { ValidationReport } from '../data/dataset-issues'
import type { TimelineEvent } from '../data/schema'
import { buildFilterContext } from '../filters/filter-context'
import type { LoadedDataset } from './loaded-dataset'

export class DatasetAssembly {
  private readonly events: TimelineEvent[] = []
  private readonly lookups: EventLookups = { eventsById: new Map(), spans: new Map() }

  addSlice(events: readonly TimelineEvent[]) {
    for (const event of events) this.events.push(event)
    addEventLookups(this.lookups, events)
  }

  finish(url: string, reportWithoutEvents: ValidationReport): LoadedDataset {
    const dataset = reportWithoutEvents.dataset
      ? { ...reportWithoutEvents.dataset, events: this.events }
      : null
    const report = { ...reportWithoutEvents, dataset }
    if (!dataset) throw new Error('A finished load has a dataset')
    const index = indexDataset(dataset, this.lookups)
    return { url, index, report, filterContext: buildFilterContext(index) }
  }
}

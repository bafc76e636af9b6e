/** The page's side of a load in the worker: slices of events taken in as they come, then put together. */
import { indexDataset } from '../data/dataset-index'
import type { ValidationReport } from '../data/dataset-issues'
import type { TimelineEvent } from '../data/schema'
import type { EventFacets } from '../filters/filter-criteria'
import type { LoadedDataset } from './loaded-dataset'

export class DatasetAssembly {
  private readonly events: TimelineEvent[] = []
  private readonly searchIndex = new Map<string, string>()
  private readonly eventFacets = new Map<string, EventFacets>()

  addSlice(
    events: readonly TimelineEvent[],
    searchTexts: readonly string[],
    facets: readonly EventFacets[],
  ) {
    events.forEach((event, position) => {
      this.events.push(event)
      this.searchIndex.set(event.id, searchTexts[position] ?? '')
      this.eventFacets.set(event.id, facets[position] ?? { actors: [], locations: [] })
    })
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

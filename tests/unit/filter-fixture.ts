/** A small hand-written dataset for the filter tests: talks in Istanbul, strikes, a month-precision event, tags. */
import { indexDataset } from '../../src/data/dataset-index'
import type { Dataset } from '../../src/data/schema'
import { buildFilterContext } from '../../src/filters/filter-context'
import { resolveCriteria } from '../../src/filters/filter-criteria'
import { filterEvents, type FilterContext } from '../../src/filters/filter-events'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/view/view-state'

const source = [{ publisher: 'P', title: 'T', date: '2025', url: 'https://example.org' }]

function event(
  id: string,
  date: string,
  type: string,
  actors: string[],
  locations: string[],
  extra = {},
) {
  return {
    id,
    date,
    title: id,
    summary: `Summary of ${id}.`,
    type,
    actors,
    locations,
    sources: source,
    ...extra,
  }
}

export const dataset: Dataset = {
  schemaVersion: 1,
  title: 'Filters test',
  actors: [
    { id: 'ukraine', name: 'Ukraine', kind: 'state' },
    { id: 'russia', name: 'Russia', kind: 'state' },
    { id: 'turkey', name: 'Türkiye', kind: 'state' },
    { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'russia' },
  ],
  locations: [
    { id: 'kyiv', name: 'Kyiv', kind: 'city', country: 'UA', lat: 50.45, lon: 30.52 },
    {
      id: 'zaporizhzhia-oblast',
      name: 'Zaporizhzhia Oblast',
      kind: 'region',
      country: 'UA',
      lat: 47.5,
      lon: 35.6,
    },
    {
      id: 'enerhodar',
      name: 'Enerhodar',
      kind: 'city',
      country: 'UA',
      region: 'zaporizhzhia-oblast',
      lat: 47.5,
      lon: 34.65,
    },
    { id: 'istanbul', name: 'Istanbul', kind: 'city', country: 'TR', lat: 41.01, lon: 28.98 },
  ],
  eventTypes: [
    { id: 'negotiations', label: 'Negotiations', category: 'diplomatic', color: '#1d4ed8' },
    { id: 'strike', label: 'Strike', category: 'military', color: '#9d174d' },
  ],
  periods: [],
  events: [
    event(
      'talks-istanbul',
      '2025-05-16',
      'negotiations',
      ['ukraine', 'russia', 'turkey'],
      ['istanbul'],
      { tags: ['istanbul-talks'] },
    ),
    event('strike-kyiv', '2025-06-17', 'strike', ['russia'], ['kyiv'], {
      summary: 'Missiles hit KYIV overnight.',
    }),
    event('plant-shelled', '2022-08', 'strike', ['vladimir-putin'], ['enerhodar'], {
      title: 'Shelling near the Zaporížžia plant',
    }),
    event('talks-2022', '2022-03-29', 'negotiations', ['ukraine', 'russia'], ['istanbul'], {
      endDate: '2022-03-30',
      tags: ['istanbul-talks', 'early-talks'],
    }),
  ],
}

export const index = indexDataset(dataset)
export const context: FilterContext = buildFilterContext(index)

export function view(change: Partial<ViewState>): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...change }
}

export function shown(change: Partial<ViewState>): string[] {
  return filterEvents(context, resolveCriteria(index, view(change)).criteria).map((e) => e.id)
}

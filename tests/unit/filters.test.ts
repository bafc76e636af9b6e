import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import type { Dataset } from '../../src/data/schema'
import { activeFilters, suggestRelaxations, viewWithout } from '../../src/filters/active-filters'
import { countFacets } from '../../src/filters/facet-counts'
import { tagLabel } from '../../src/filters/describe-filters'
import { listLessons } from '../../src/filters/lessons'
import {
  buildEventFacets,
  hasActiveFilters,
  resolveCriteria,
} from '../../src/filters/filter-criteria'
import { filterEvents, type FilterContext } from '../../src/filters/filter-events'
import { foldText, searchWords } from '../../src/filters/fold-text'
import { buildSearchIndex } from '../../src/filters/search-index'
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

const dataset: Dataset = {
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

const index = indexDataset(dataset)
const context: FilterContext = {
  index,
  searchIndex: buildSearchIndex(index),
  eventFacets: buildEventFacets(index),
}

function view(change: Partial<ViewState>): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...change }
}

function shown(change: Partial<ViewState>): string[] {
  return filterEvents(context, resolveCriteria(index, view(change)).criteria).map((e) => e.id)
}

describe(foldText.name, () => {
  it.each([
    ['Zaporižžia', 'zaporizzia'],
    ['ZAPORIZHZHIA', 'zaporizhzhia'],
    ['Türkiye', 'turkiye'],
    ['Kyiv’s', "kyiv's"],
    ['Russia–Ukraine', 'russia-ukraine'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded)
  })

  it('splits a search into folded words', () => {
    expect(searchWords('  Istanbul,   TALKS! ')).toEqual(['istanbul', 'talks'])
    expect(searchWords('')).toEqual([])
  })
})

describe(filterEvents.name, () => {
  it.each([
    ['no filter', {}, ['talks-2022', 'plant-shelled', 'talks-istanbul', 'strike-kyiv']],
    ['one type', { types: ['strike'] }, ['plant-shelled', 'strike-kyiv']],
    [
      'two types (OR within a facet)',
      { types: ['strike', 'negotiations'] },
      ['talks-2022', 'plant-shelled', 'talks-istanbul', 'strike-kyiv'],
    ],
    ['type AND actor', { types: ['negotiations'], actors: ['turkey'] }, ['talks-istanbul']],
    [
      'an actor, including its people',
      { actors: ['russia'] },
      ['talks-2022', 'plant-shelled', 'talks-istanbul', 'strike-kyiv'],
    ],
    ['a person only', { actors: ['vladimir-putin'] }, ['plant-shelled']],
    ['a region, including its places', { locations: ['zaporizhzhia-oblast'] }, ['plant-shelled']],
    [
      'two places',
      { locations: ['kyiv', 'istanbul'] },
      ['talks-2022', 'talks-istanbul', 'strike-kyiv'],
    ],
    ['a search in any case', { query: 'kyiv' }, ['strike-kyiv']],
    ['a tag (a lesson)', { tags: ['istanbul-talks'] }, ['talks-2022', 'talks-istanbul']],
    [
      'two tags (OR within)',
      { tags: ['early-talks', 'istanbul-talks'] },
      ['talks-2022', 'talks-istanbul'],
    ],
    ['a tag AND a date', { tags: ['istanbul-talks'], from: '2025' }, ['talks-istanbul']],
    ['a search with or without accents', { query: 'zaporizzia' }, ['plant-shelled']],
    ['a search on an actor name', { query: 'turkiye' }, ['talks-istanbul']],
    ['every word must match', { query: 'istanbul talks-2022' }, ['talks-2022']],
    ['a word nobody uses', { query: 'istanbul nowhere' }, []],
    [
      'a month that overlaps an event known only to the month',
      { from: '2022-08-15', to: '2022-08-20' },
      ['plant-shelled'],
    ],
    ['a day inside a multi-day event', { from: '2022-03-30', to: '2022-03-30' }, ['talks-2022']],
    ['an open-ended start', { from: '2025-06' }, ['strike-kyiv']],
    ['an open-ended end', { to: '2022' }, ['talks-2022', 'plant-shelled']],
    [
      'everything at once',
      {
        types: ['negotiations'],
        actors: ['ukraine'],
        locations: ['istanbul'],
        query: 'talks',
        from: '2025',
      },
      ['talks-istanbul'],
    ],
  ])('%s', (_, change, expected) => {
    expect(shown(change)).toEqual(expected)
  })

  it('ignores ids the dataset does not know, and reports them', () => {
    const { criteria, unknownIds } = resolveCriteria(
      index,
      view({ types: ['strike', 'battle'], actors: ['atlantis'] }),
    )
    expect(unknownIds).toEqual([
      { param: 'type', id: 'battle' },
      { param: 'actor', id: 'atlantis' },
    ])
    expect(filterEvents(context, criteria).map((e) => e.id)).toEqual([
      'plant-shelled',
      'strike-kyiv',
    ])
  })

  it('knows when any filter is active', () => {
    expect(hasActiveFilters(resolveCriteria(index, view({})).criteria)).toBe(false)
    expect(hasActiveFilters(resolveCriteria(index, view({ query: ' ' })).criteria)).toBe(false)
    expect(hasActiveFilters(resolveCriteria(index, view({ to: '2024' })).criteria)).toBe(true)
  })
})

describe(countFacets.name, () => {
  it('counts every option over all events when nothing is filtered', () => {
    const counts = countFacets(context, resolveCriteria(index, view({})).criteria)
    expect(Object.fromEntries(counts.types)).toEqual({ negotiations: 2, strike: 2 })
    expect(counts.actors.get('russia')).toBe(4)
    expect(counts.locations.get('zaporizhzhia-oblast')).toBe(1)
  })

  it('counts each facet under the other facets only, so a count is what choosing it would show', () => {
    const criteria = resolveCriteria(
      index,
      view({ types: ['strike'], locations: ['kyiv'] }),
    ).criteria
    const counts = countFacets(context, criteria)
    expect(Object.fromEntries(counts.types)).toEqual({ strike: 1 })
    expect(counts.locations.get('istanbul')).toBeUndefined()
    expect(counts.locations.get('enerhodar')).toBe(1)
    expect(counts.actors.get('russia')).toBe(1)
    expect(counts.actors.get('turkey')).toBeUndefined()
  })

  it('applies search and dates to every facet', () => {
    const counts = countFacets(
      context,
      resolveCriteria(index, view({ query: 'istanbul', from: '2025' })).criteria,
    )
    expect(Object.fromEntries(counts.types)).toEqual({ negotiations: 1 })
  })
})

describe(suggestRelaxations.name, () => {
  it('names the filters whose removal alone brings events back', () => {
    const { criteria } = resolveCriteria(
      index,
      view({ types: ['strike'], actors: ['turkey'], query: 'kyiv' }),
    )
    expect(filterEvents(context, criteria)).toEqual([])
    expect(suggestRelaxations(context, criteria)).toEqual([
      { filter: { facet: 'actor', id: 'turkey' }, count: 1 },
    ])
  })

  it('lists every active filter as a chip and removes one from the view', () => {
    const current = view({ types: ['strike'], query: 'kyiv', from: '2025' })
    const filters = activeFilters(resolveCriteria(index, current).criteria)
    expect(filters).toEqual([
      { facet: 'type', id: 'strike' },
      { facet: 'text' },
      { facet: 'dates' },
    ])
    expect(viewWithout(current, { facet: 'dates' })).toEqual({ ...current, from: null, to: null })
    expect(viewWithout(current, { facet: 'type', id: 'strike' }).types).toEqual([])
  })
})

describe(tagLabel.name, () => {
  it.each([
    ['black-sea', 'Black Sea'],
    ['mh17', 'MH17'],
    ['counteroffensive-2023', 'Counteroffensive 2023'],
    ['war-in-the-east', 'War in the East'],
    ['talks', 'Talks'],
  ])('reads %s as %s', (tag, label) => {
    expect(tagLabel(index, tag)).toBe(label)
  })

  it('uses the label of a period with that id', () => {
    const withPeriod = indexDataset({
      ...dataset,
      periods: [{ id: 'talks', label: 'The talks of 2025', start: '2025', end: '2025' }],
    })
    expect(tagLabel(withPeriod, 'talks')).toBe('The talks of 2025')
  })
})

describe(listLessons.name, () => {
  it('offers every tag shared by at least three events, and periods with three events in their dates', () => {
    const lessons = listLessons(
      indexDataset({
        ...dataset,
        periods: [
          { id: 'talks-period', label: 'Talks', start: '2022', end: '2025' },
          { id: 'quiet-period', label: 'Quiet', start: '2019', end: '2020' },
        ],
        events: dataset.events.map((item) => ({ ...item, tags: ['all-of-them'] })),
      }),
    )
    expect(lessons).toEqual([
      {
        id: 'period-talks-period',
        label: 'Talks',
        eventCount: 4,
        filter: { tags: [], from: '2022', to: '2025' },
      },
      {
        id: 'tag-all-of-them',
        label: 'All of Them',
        eventCount: 4,
        filter: { tags: ['all-of-them'], from: null, to: null },
      },
    ])
  })
})

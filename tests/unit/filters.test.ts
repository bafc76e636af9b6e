import { describe, expect, it } from 'vitest'
import { countFacets } from '../../src/filters/facet-counts'
import { hasActiveFilters, resolveCriteria } from '../../src/filters/filter-criteria'
import { filterEvents } from '../../src/filters/filter-events'
import { foldText, searchWords } from '../../src/filters/fold-text'
import { context, index, shown, view } from './filter-fixture'

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

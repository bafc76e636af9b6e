import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/data/dataset-index'
import { activeFilters, suggestRelaxations, viewWithout } from '../../src/filters/active-filters'
import { tagLabel } from '../../src/filters/describe-filters'
import { resolveCriteria } from '../../src/filters/filter-criteria'
import { filterEvents } from '../../src/filters/filter-events'
import { hasLessons, listLessons } from '../../src/filters/lessons'
import { context, dataset, index, view } from './filter-fixture'

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

  it('offers the latest year once it has three events', () => {
    const latest = (count: number) =>
      listLessons(
        indexDataset({
          ...dataset,
          events: [
            ...dataset.events,
            ...Array.from({ length: count }, (_, n) => ({
              ...dataset.events[0]!,
              id: `2026-0${n + 1}-01-event`,
              date: `2026-0${n + 1}-01`,
            })),
          ],
        }),
      ).filter((lesson) => lesson.id.startsWith('year-'))
    expect(latest(2)).toEqual([])
    expect(latest(3)).toEqual([
      {
        id: 'year-2026',
        label: 'The year 2026',
        eventCount: 3,
        filter: { tags: [], from: '2026', to: '2026' },
      },
    ])
  })
})

describe(hasLessons.name, () => {
  it.each([
    ['a tag of three events', { tags: ['all-of-them'] }, [], true],
    ['a period with three events in its dates', {}, [{ start: '2022', end: '2025' }], true],
    ['periods with fewer than three events', {}, [{ start: '2019', end: '2020' }], false],
    ['no tags or periods', {}, [], false],
  ])('says whether there is one, as the list does: %s', (_, eventChange, periods, expected) => {
    const withChanges = indexDataset({
      ...dataset,
      periods: periods.map((span, n) => ({ id: `period-${n}`, label: `Period ${n}`, ...span })),
      events: dataset.events.map((item) => ({ ...item, ...eventChange })),
    })
    expect(hasLessons(withChanges)).toBe(expected)
    expect(listLessons(withChanges).length > 0).toBe(expected)
  })
})

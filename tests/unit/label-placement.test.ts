import { describe, expect, it } from 'vitest'
import {
  MAX_LABEL_PX,
  estimateLabelWidth,
  maxLabelRows,
  placeLabels,
  type LabelCandidate,
} from '../../src/timeline/label-placement'

function candidate(id: string, startPx: number, priority = 1, lane = 'a'): LabelCandidate {
  return { id, lane, startPx, endPx: startPx, labelWidthPx: 100, priority }
}

describe(placeLabels.name, () => {
  it('labels everything that fits side by side', () => {
    const labelled = placeLabels([candidate('a', 0), candidate('b', 200), candidate('c', 400)], 1)
    expect([...labelled].sort()).toEqual(['a', 'b', 'c'])
  })

  it('keeps each lane to its rows and gives the room to the most important events first', () => {
    const crowded = [
      candidate('minor', 0, 1),
      candidate('milestone', 10, 3),
      candidate('notable', 20, 2),
    ]
    expect([...placeLabels(crowded, 1)]).toEqual(['milestone'])
    expect([...placeLabels(crowded, 2)].sort()).toEqual(['milestone', 'notable'])
  })

  it('counts rows per lane, not across lanes', () => {
    const labelled = placeLabels([candidate('a', 0, 1, 'one'), candidate('b', 0, 1, 'two')], 1)
    expect(labelled.size).toBe(2)
  })

  it('lets a long range take its own width', () => {
    const range = { ...candidate('range', 0), endPx: 600 }
    expect([...placeLabels([range, candidate('inside', 300)], 1)]).toEqual(['range'])
  })
})

describe(estimateLabelWidth.name, () => {
  it('grows with the text up to the stylesheet maximum', () => {
    expect(estimateLabelWidth('Short')).toBeLessThan(estimateLabelWidth('A somewhat longer title'))
    expect(estimateLabelWidth('x'.repeat(200))).toBe(MAX_LABEL_PX)
  })
})

describe(maxLabelRows.name, () => {
  it.each([
    [560, 5, 2],
    [560, 1, 12],
    [560, 16, 1],
    [200, 5, 1],
  ])('a %i px canvas with %i lanes gives %i label rows per lane', (height, lanes, rows) => {
    expect(maxLabelRows(height, lanes)).toBe(rows)
  })
})

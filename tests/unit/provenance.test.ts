import { describe, expect, it } from 'vitest'
import { provenanceOf, provenanceSentence, provenanceTitle } from '../../src/load/provenance'

const page = 'https://timeline.example.org/app/?q=kyiv'

describe('whose data the page shows', () => {
  it.each([
    [null, null, 'Talks — Conflict Timeline'],
    [
      'https://data.example.com/mine.json',
      'Data from data.example.com, not the Conflict Timeline dataset.',
      'Talks (data from data.example.com) — Conflict Timeline',
    ],
    [
      'samples/mine.csv',
      'Data from https://timeline.example.org/app/samples/mine.csv, not the Conflict Timeline dataset.',
      'Talks (data from timeline.example.org) — Conflict Timeline',
    ],
    [
      'local:class 9b.csv',
      'Data from your file class 9b.csv, not the Conflict Timeline dataset.',
      'Talks (your file class 9b.csv) — Conflict Timeline',
    ],
  ])('for data=%s says %s', (dataUrl, sentence, title) => {
    const provenance = provenanceOf(dataUrl, page)
    expect(provenanceSentence(provenance)).toBe(sentence)
    expect(provenanceTitle('Talks', provenance)).toBe(title)
  })
})

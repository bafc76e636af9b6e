/**
 * The spreadsheet template offered for download: our CSV with one example row, so that every column is named
 * and shows what it holds. Written by the exporter, so the template and the importer can never disagree.
 */
import type { Dataset } from '../data/schema'
import { datasetToCsv } from './csv-export'

const EXAMPLE: Dataset = {
  schemaVersion: 1,
  title: 'My timeline',
  actors: [
    { id: 'ukraine', name: 'Ukraine', kind: 'state' },
    { id: 'russia', name: 'Russia', kind: 'state' },
    { id: 'vladimir-medinsky', name: 'Vladimir Medinsky', kind: 'person' },
  ],
  locations: [{ id: 'istanbul', name: 'Istanbul', kind: 'city', lat: 41.01, lon: 28.98 }],
  eventTypes: [
    { id: 'negotiations', label: 'Negotiations', category: 'diplomatic', color: '#1d4ed8' },
  ],
  events: [
    {
      id: '2025-07-23-istanbul-third-round',
      date: '2025-07-23',
      title: 'Third round of direct talks in Istanbul',
      summary: 'Two to four sentences in your own words. Dates may be 2025, 2025-07 or 2025-07-23.',
      type: 'negotiations',
      actors: ['ukraine', 'russia'],
      locations: ['istanbul'],
      figures: [
        { label: 'prisoners of war to be exchanged by each side', value: 1200, bound: 'at-least' },
      ],
      quotes: [{ text: 'The positions are quite distant.', by: 'vladimir-medinsky' }],
      sources: [
        {
          publisher: 'AFP',
          title: 'The headline',
          date: '2025-07-24',
          url: 'https://example.org/article',
        },
        {
          publisher: 'Reuters',
          title: 'Another headline',
          date: '2025-07-23',
          url: 'https://example.org/other',
        },
      ],
      importance: 3,
      tags: ['istanbul-talks-2025'],
    },
  ],
}

export function templateCsv(): string {
  return datasetToCsv(EXAMPLE)
}

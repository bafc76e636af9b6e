/**
 * The formats the shown events can be downloaded in, each with what it keeps. Each writer is loaded when it is
 * first used, so that the page's first load carries none of them (papaparse among them).
 */
import type { Dataset } from '../data/schema'

export type ExportFormat = {
  id: 'json' | 'csv' | 'timelinejs' | 'ics'
  label: string
  /** What the reader gets, in a few words, and what the format cannot carry. */
  description: string
  extension: string
  mimeType: string
  write: (dataset: Dataset) => Promise<string>
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    label: 'Conflict Timeline JSON',
    description: 'Everything: events, actors, places, types, periods, figures, quotes and sources.',
    extension: 'json',
    mimeType: 'application/json',
    write: async (dataset) => (await import('./json-export')).datasetToJson(dataset),
  },
  {
    id: 'csv',
    label: 'Spreadsheet (CSV)',
    description:
      'One row per event, for Excel, LibreOffice or Google Sheets; opens here again as it is.',
    extension: 'csv',
    mimeType: 'text/csv',
    write: async (dataset) => (await import('./csv-export')).datasetToCsv(dataset),
  },
  {
    id: 'timelinejs',
    label: 'TimelineJS JSON',
    description:
      'For TimelineJS: dates, titles, summaries, types as groups, periods as eras (no sources or actors).',
    extension: 'timelinejs.json',
    mimeType: 'application/json',
    write: async (dataset) => (await import('./timelinejs-export')).datasetToTimelineJs(dataset),
  },
  {
    id: 'ics',
    label: 'Calendar (iCalendar)',
    description:
      'All-day events for a calendar app, each over the days its date covers, with its sources.',
    extension: 'ics',
    mimeType: 'text/calendar',
    write: async (dataset) => (await import('./ics-export')).datasetToIcs(dataset, new Date()),
  },
]

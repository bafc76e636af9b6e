import { useMemo } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import {
  countSetAside,
  formatIssue,
  formatOrigins,
  type ValidationReport,
} from '../../data/dataset-issues'
import type { UnknownFilterId } from '../../filters/filter-criteria'
import type { UrlNotice } from '../../url/parse-view-state'
import type { Notice } from './NoticeBanner'
import { formatNumber } from '../../data/format-number'

/** Everything the page had to ignore or set aside, as dismissable notices. */
export function useNotices(
  index: DatasetIndex,
  report: ValidationReport,
  urlNotices: readonly UrlNotice[],
  unknownIds: readonly UnknownFilterId[],
  selectedEventId: string | null,
): Notice[] {
  return useMemo(() => {
    const notices: Notice[] = urlNotices.map((notice) => ({
      key: `url:${notice.param}:${notice.value}`,
      message: notice.message,
    }))
    for (const { param, id } of unknownIds) {
      notices.push({
        key: `unknown:${param}:${id}`,
        message: `"${param}" names "${id}", which this dataset does not have; it was ignored.`,
      })
    }
    if (selectedEventId && !index.eventsById.has(selectedEventId)) {
      notices.push({
        key: `event:${selectedEventId}`,
        message: `There is no event "${selectedEventId}" in this dataset, so none is open.`,
      })
    }
    const { imported } = report
    if (imported) {
      const shown = index.dataset.events.length
      notices.push({
        key: 'imported',
        message: `Read as ${imported.formatLabel}: ${formatNumber(shown)} ${shown === 1 ? 'event' : 'events'} imported${imported.adjusted.length > 0 ? `, with ${imported.adjusted.length} ${imported.adjusted.length === 1 ? 'kind of change' : 'kinds of change'} to fit this app` : ''}.`,
        details: imported.adjusted.map(
          ({ message, origins }) => `${message} (${formatOrigins(origins)})`,
        ),
      })
    }
    const setAside = countSetAside(report)
    if (setAside > 0) {
      notices.push({
        key: 'set-aside',
        message: `${setAside} ${setAside === 1 ? 'record was' : 'records were'} set aside because ${setAside === 1 ? 'it is' : 'they are'} not valid; the rest of the dataset is shown.`,
        details: [
          ...(imported?.setAside ?? []).map(
            ({ origin, field, message }) => `${origin} › ${field}: ${message}`,
          ),
          ...report.issues.map(formatIssue),
        ],
      })
    }
    return notices
  }, [index, report, urlNotices, unknownIds, selectedEventId])
}

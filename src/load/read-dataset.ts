/**
 * From an address to a dataset ready for the page, in one go on the page: for where workers are missing
 * (jsdom). The loading worker runs the same steps in slices (dataset.worker.ts).
 */
import { indexDataset } from '../data/dataset-index'
import { validateDataset } from '../data/validate-dataset'
import { buildFilterContext } from '../filters/filter-context'
import { downloadText, unusableDataset, type ProgressListener } from './download'
import { importDocument, withImportFindings } from './import-document'
import type { LoadedDataset } from './loaded-dataset'

export async function readDataset(
  url: string,
  displayUrl: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const { text } = await downloadText(url, displayUrl, onProgress, signal)
  const imported = await importDocument(text, displayUrl)
  const report = withImportFindings(validateDataset(imported.document), imported)
  if (!report.dataset) throw unusableDataset(displayUrl, report)
  const index = indexDataset(report.dataset)
  return { url: displayUrl, index, report, filterContext: buildFilterContext(index) }
}

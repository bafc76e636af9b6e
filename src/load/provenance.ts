/**
 * Whose data the page shows: ours (the bundled dataset), the reader's own file, or someone else's address. The
 * page says so wherever events are shown, so a stranger's chronology is never passed off as ours.
 */
import { isLocalAddress, localFileName } from './local-files'

export type Provenance =
  | { kind: 'bundled' }
  | { kind: 'local'; fileName: string }
  /** `host` is the site the file comes from; `isThisSite` when it is a path on the app's own site. */
  | { kind: 'other'; host: string; address: string; isThisSite: boolean }

export function provenanceOf(dataUrl: string | null, pageUrl: string): Provenance {
  if (dataUrl === null) return { kind: 'bundled' }
  if (isLocalAddress(dataUrl)) return { kind: 'local', fileName: localFileName(dataUrl) }
  const page = new URL(pageUrl)
  const address = new URL(dataUrl, page)
  return {
    kind: 'other',
    host: address.host,
    address: address.href,
    isThisSite: address.origin === page.origin,
  }
}

/** One sentence for wherever the events are shown: "Data from example.org, not the Conflict Timeline dataset." */
export function provenanceSentence(provenance: Provenance): string | null {
  switch (provenance.kind) {
    case 'bundled':
      return null
    case 'local':
      return `Data from your file ${provenance.fileName}, not the Conflict Timeline dataset.`
    case 'other':
      return provenance.isThisSite
        ? `Data from ${provenance.address}, not the Conflict Timeline dataset.`
        : `Data from ${provenance.host}, not the Conflict Timeline dataset.`
  }
}

/** The document title says it too: "Title (data from example.org) — Conflict Timeline". */
export function provenanceTitle(title: string, provenance: Provenance): string {
  const from =
    provenance.kind === 'local'
      ? ` (your file ${provenance.fileName})`
      : provenance.kind === 'other'
        ? ` (data from ${provenance.host})`
        : ''
  return `${title}${from} — Conflict Timeline`
}

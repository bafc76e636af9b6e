import { useMemo } from 'react'
import { provenanceOf, type Provenance } from './provenance'

/** Whose data the view with this `data` address shows (provenance.ts), for every view that shows events. */
export function useProvenance(dataUrl: string | null): Provenance {
  return useMemo(() => provenanceOf(dataUrl, window.location.href), [dataUrl])
}

/** Where it happened: the map of the shown events, beside the timeline or on its own, and its still form. */
export { MapPanel, StillMap } from './MapPanel'

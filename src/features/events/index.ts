/** The shown events: the timeline with its legend, the list, or what to do when nothing matches. */
export { ShownEvents } from './ShownEvents'

/** The open event: its details with sources, and stepping to the previous and next event. */
export { EventDetails } from './EventDetails'
export { useEventStepping } from './use-event-stepping'

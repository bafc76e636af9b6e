/** Present mode: one event at a time in large type for a classroom projector, stepped with keys or a clicker. */
export { PresentMode } from './PresentMode'

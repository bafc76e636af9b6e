/** The print handout: the filtered events with their sources, and nothing of the controls. */
export { PrintHandout } from './PrintHandout'

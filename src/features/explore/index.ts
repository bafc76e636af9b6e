/** Explore: the main view a student reads (header, view controls, notices, filters, events, details). */
export { DatasetError } from './DatasetError'
export { MainView } from './MainView'
export { LoadingView } from './LoadingView'

export { OpenData } from './OpenData'
export { DataSourceBar } from './DataSourceBar'

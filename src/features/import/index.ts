export { OpenData } from './OpenData'
export { LocalDataBar } from './LocalDataBar'

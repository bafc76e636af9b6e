export { DownloadMenu } from './DownloadMenu'

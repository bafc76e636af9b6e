/** Lessons: ready-made presentations from the dataset's tags and periods. */
export { LessonsMenu } from './LessonsMenu'

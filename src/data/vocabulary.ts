/**
 * The dataset's fixed vocabularies (GUIDE §1), apart from the zod schema so that the page can use them without
 * loading zod, which only the loader needs.
 */
export const ACTOR_KINDS = ['state', 'person', 'organization', 'armed-group', 'alliance'] as const
export const LOCATION_KINDS = ['city', 'region', 'country', 'sea', 'site', 'other'] as const
export const CATEGORIES = [
  'diplomatic',
  'military',
  'political',
  'humanitarian',
  'economic',
] as const
export const FIGURE_BOUNDS = ['more-than', 'at-least', 'up-to'] as const

export const DATASET_LISTS = ['actors', 'locations', 'eventTypes', 'periods', 'events'] as const

export type Category = (typeof CATEGORIES)[number]
export type DatasetList = (typeof DATASET_LISTS)[number]

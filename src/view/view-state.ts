/**
 * The view a link restores (GUIDE §2): what the reader filters, where the timeline looks, which event is open, in
 * which mode. The core's own types: src/url reads and writes them, src/filters and src/timeline use them. This
 * module imports nothing (eslint.config.js keeps it so).
 */

export const GROUPINGS = ['category', 'type', 'actor', 'none'] as const
export const VIEWS = ['timeline', 'list', 'map'] as const
export const MODES = ['default', 'embed', 'present'] as const
export const THEMES = ['auto', 'light', 'dark', 'contrast'] as const
/** What an embed lets its readers change besides zoom and the open event: nothing, or the filters too. */
export const EMBED_CONTROLS = ['none', 'filters'] as const

export type Grouping = (typeof GROUPINGS)[number]
export type ViewKind = (typeof VIEWS)[number]
export type Mode = (typeof MODES)[number]
/** `auto` follows the system's light or dark setting; `contrast` is the high-contrast projector theme. */
export type Theme = (typeof THEMES)[number]
export type EmbedControls = (typeof EMBED_CONTROLS)[number]

/** The visible window of the timeline, as inclusive calendar-day numbers (see data/partial-date.ts). */
export type VisibleRange = { startDay: number; endDay: number }

/** Where the map looks: its centre in degrees and its zoom level (0 shows the world in 256 px, as web maps do). */
export type MapViewport = { lat: number; lon: number; zoom: number }
export const MAP_ZOOM_LIMITS = { min: 1, max: 10 } as const
/** Web Mercator stops at about 85.05° north and south: beyond it the map would be infinitely tall. */
export const MAX_MAP_LATITUDE = 85.05

export type ViewState = {
  types: string[]
  actors: string[]
  locations: string[]
  /** Event tags (a lesson: every round of one negotiation track, …); OR within. */
  tags: string[]
  /** Free-text search, as typed. */
  query: string
  /** Partial dates, inclusive. */
  from: string | null
  to: string | null
  /** Null means "fit all events". */
  range: VisibleRange | null
  /** Null means "fit the shown places". */
  map: MapViewport | null
  selectedEventId: string | null
  grouping: Grouping
  view: ViewKind
  mode: Mode
  theme: Theme
  controls: EmbedControls
  /**
   * Another dataset: an http(s) address, a path on this site, or `local:NAME` (LOCAL_DATA_PREFIX); null means
   * the bundled one.
   */
  dataUrl: string | null
}

export const DEFAULT_VIEW_STATE: ViewState = {
  types: [],
  actors: [],
  locations: [],
  tags: [],
  query: '',
  from: null,
  to: null,
  range: null,
  map: null,
  selectedEventId: null,
  grouping: 'category',
  view: 'timeline',
  mode: 'default',
  theme: 'auto',
  controls: 'none',
  dataUrl: null,
}

/** `data=local:NAME` names a file the reader opened from disk, kept in their browser (src/load/local-files.ts). */
export const LOCAL_DATA_PREFIX = 'local:'

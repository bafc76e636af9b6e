/** Names for the dataset's fixed vocabularies, as readers see them. */
import type { Actor } from './schema'
import type { Category } from './vocabulary'

export const CATEGORY_NAMES: Record<Category, string> = {
  diplomatic: 'Diplomacy',
  military: 'Fighting',
  political: 'Politics',
  humanitarian: 'Humanitarian',
  economic: 'Economy',
}

export const ACTOR_KIND_NAMES: Record<Actor['kind'], string> = {
  state: 'States',
  person: 'People',
  organization: 'Organisations',
  'armed-group': 'Armed groups',
  alliance: 'Alliances',
}

// Made on first use: building it loads the browser's region names, which costs a page load 15–40 ms.
let countryNames: Intl.DisplayNames | undefined

/** "UA" → "Ukraine"; a place without a country is a sea. */
export function countryName(code: string | undefined): string {
  if (!code) return 'Seas'
  try {
    countryNames ??= new Intl.DisplayNames(['en'], { type: 'region' })
    return countryNames.of(code) ?? code
  } catch {
    return code
  }
}

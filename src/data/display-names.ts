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

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** "UA" → "Ukraine"; a place without a country is a sea. */
export function countryName(code: string | undefined): string {
  if (!code) return 'Seas'
  try {
    return countryNames.of(code) ?? code
  } catch {
    return code
  }
}

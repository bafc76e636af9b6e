/**
 * Text folded for matching: lower case, accents and other combining marks removed, typographic apostrophes and
 * dashes made plain. "Zaporizhzhia", "ZAPORIZHZHIA" and "Zaporížžia" fold to the same text.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
}

/** The words of a search, folded; punctuation between words is ignored. */
export function searchWords(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word !== '')
}

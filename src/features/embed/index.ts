/** Embeds: the compact view inside a blogger's iframe, and the builder that writes its code. */
export { EmbedBuilder } from './EmbedBuilder'
export { EmbedView } from './EmbedView'

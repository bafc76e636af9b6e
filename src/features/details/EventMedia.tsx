/**
 * An event's picture, as an imported timeline gives it. Nothing is requested from its host until the reader
 * asks, so that opening a dataset sends no request to a third party.
 */
import { useState } from 'react'
import type { Media } from '../../data/schema'

const IMAGE_PATTERN = /\.(avif|gif|jpe?g|png|svg|webp)(\?|#|$)/i

export function EventMedia({ media }: { media: Media }) {
  const [isShown, setIsShown] = useState(false)
  const host = new URL(media.url).host
  const imageUrl = IMAGE_PATTERN.test(media.url) ? media.url : media.thumbnail
  return (
    <section aria-label="Media" className="flex flex-col gap-2">
      <h3 className="ct-muted text-xs font-semibold tracking-wide uppercase">Media</h3>
      {isShown && imageUrl ? (
        <img
          src={imageUrl}
          alt={media.caption ?? `Image from ${host}`}
          className="max-h-64 w-full rounded-md object-contain"
          referrerPolicy="no-referrer"
        />
      ) : (
        imageUrl && (
          <button
            type="button"
            className="ct-button inline-flex h-10 items-center self-start rounded-md border px-3 text-sm font-medium"
            onClick={() => setIsShown(true)}
          >
            Show image from {host}
          </button>
        )
      )}
      {media.caption && <p className="text-sm">{media.caption}</p>}
      {media.credit && <p className="ct-muted text-xs">{media.credit}</p>}
      <a href={media.url} target="_blank" rel="noopener noreferrer" className="ct-link text-sm">
        Open the media on {host} <span className="sr-only">(opens in a new tab)</span>
      </a>
    </section>
  )
}

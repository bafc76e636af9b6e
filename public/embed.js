/*
 * Conflict Timeline auto-height snippet. Add it once to a page that embeds the timeline:
 *
 *   <iframe src="https://…/?…&mode=embed" data-conflict-timeline …></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * The embedded app posts { type: 'conflict-timeline:resize', height } whenever its content changes height; this
 * snippet sets the height of the iframe that sent it. It accepts a message only from the window of one of the
 * page's Conflict Timeline iframes and only from that iframe's own origin, and it only ever sets a height.
 * Without it, an embed keeps the height written in its iframe tag and scrolls inside.
 */
;(function () {
  'use strict'
  var MESSAGE_TYPE = 'conflict-timeline:resize'
  var MIN_HEIGHT = 200
  var MAX_HEIGHT = 4000

  function frameFor(event) {
    var frames = document.querySelectorAll('iframe[data-conflict-timeline]')
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      try {
        if (new URL(frame.src, document.baseURI).origin === event.origin) return frame
      } catch {
        return null
      }
    }
    return null
  }

  window.addEventListener('message', function (event) {
    var data = event.data
    if (!data || data.type !== MESSAGE_TYPE || typeof data.height !== 'number') return
    var frame = frameFor(event)
    if (!frame) return
    var height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, data.height)))
    frame.style.height = height + 'px'
  })
})()

/**
 * How wide an event's title is drawn, so that the layout reserves exactly the room a label takes. Measured with
 * a canvas in the label's own font; where no canvas can measure (jsdom), estimated from its length.
 */
const AVERAGE_CHARACTER_PX = 7

export type TitleMeasurer = (text: string) => number

/** `font` is a CSS font shorthand, as the stylesheet draws labels ("500 13px Inter, sans-serif"). */
export function titleMeasurer(font: string): TitleMeasurer {
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d')
  if (context) context.font = font
  const widths = new Map<string, number>()
  return (text) => {
    let width = widths.get(text)
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * AVERAGE_CHARACTER_PX
      widths.set(text, width)
    }
    return width
  }
}

// A chart's category labels, written so that they never overlap and never need rotating (issue
// #12): a long label is broken between words onto lines of at most `width` characters (chart.js
// draws an array as lines), and a label that would need more than `maxLines` lines ends in «…».
// The table beside every chart keeps the full text.

/** «Afventer afklaring hos lægen» → ['Afventer afklaring', 'hos lægen'] (width 18). */
export function wrapLabel(text: string, width = 16, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  if (lines.length <= maxLines) return lines.map((l) => shorten(l, width))
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, true)
  return kept.map((l) => shorten(l, width))
}

/** At most `width` characters, ending in «…» when cut (or when `more` says text follows). */
export function shorten(text: string, width: number, more = false): string {
  if (text.length <= width && !more) return text
  return `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`
}

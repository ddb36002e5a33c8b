// How every chart reads the same on screen and on paper, in colour and in black and white (issues
// #11 and #12): colour never carries a meaning alone — bars differ by fill pattern as well
// (solid, hatched, cross-hatched), lines by dash and point style; legends show the point style;
// axes have Danish titles, money in whole kroner («500.000 kr.»), shares in whole percent; category
// labels are broken onto lines instead of rotated. Animation is off for every chart (Chart.tsx).
import type { ChartConfiguration, ChartDataset, PointStyle } from 'chart.js'
import { formatKr, formatKrWhole } from '@shared/domain/money'
import { wrapLabel } from '@shared/domain/chartLabels'

/** Dark grey: solid bars and the main line. */
export const INK = '#263238'
/** The overrun: red, and cross-hatched so that it shows in black and white too. */
export const OVERRUN = '#c62828'

/**
 * A fill of diagonal lines (or crossed lines) in `colour` on white: a bar that is told apart from
 * a solid one without colour. Falls back to the plain colour where no canvas can be made.
 */
export function hatch(colour: string, crossed = false): CanvasPattern | string {
  if (typeof document === 'undefined') return colour
  const size = 8
  const tile = document.createElement('canvas')
  tile.width = size
  tile.height = size
  const g = tile.getContext('2d')
  if (!g) return colour
  g.fillStyle = '#fff'
  g.fillRect(0, 0, size, size)
  g.strokeStyle = colour
  g.lineWidth = 1.6
  g.beginPath()
  g.moveTo(0, size)
  g.lineTo(size, 0)
  if (crossed) {
    g.moveTo(0, 0)
    g.lineTo(size, size)
  }
  g.stroke()
  return g.createPattern(tile, 'repeat') ?? colour
}

/** Line styles told apart without colour: dash pattern and point style, in this order. */
const lineLooks: { borderDash: number[]; pointStyle: PointStyle }[] = [
  { borderDash: [], pointStyle: 'circle' },
  { borderDash: [8, 4], pointStyle: 'triangle' },
  { borderDash: [2, 3], pointStyle: 'rect' },
  { borderDash: [12, 3, 2, 3], pointStyle: 'rectRot' },
  { borderDash: [5, 5], pointStyle: 'crossRot' },
  { borderDash: [1, 2], pointStyle: 'star' }
]

/** The n-th line's look (dash and point), for a line chart's datasets. */
export function lineLook(n: number, colour: string): Partial<ChartDataset<'line'>> {
  const look = lineLooks[n % lineLooks.length]!
  return { borderColor: colour, backgroundColor: colour, borderDash: look.borderDash, pointStyle: look.pointStyle, pointRadius: 3, borderWidth: 2 }
}

/** A legend under the chart that shows each series' point style and fill, in readable type. */
export const legendBelow = {
  position: 'bottom' as const,
  labels: { usePointStyle: true, boxWidth: 14, padding: 12, font: { size: 12 } }
}

/** An axis title in Danish. */
export function axisTitle(text: string) {
  return { display: true, text, font: { size: 12 } }
}

/** Money on an axis: whole kroner, «500.000 kr.». Values are kroner (the datasets divide øre by 100). */
export const krTicks = { callback: (v: string | number) => formatKrWhole(Math.round(Number(v) * 100)) }

/** Shares on an axis: whole percent, «20 %». */
export const percentTicks = { callback: (v: string | number) => `${v} %` }

/**
 * Category labels broken onto lines, never rotated: by default as narrow as the number of
 * categories asks (16 characters for a few, down to 8 for many), so neighbours never touch.
 */
export function categoryLabels(labels: string[], width = Math.max(8, Math.min(16, Math.floor(84 / Math.max(1, labels.length))))): string[][] {
  return labels.map((l) => wrapLabel(l, width))
}

/** A category axis that never rotates its labels (they are broken onto lines instead). */
export const flatCategoryTicks = { maxRotation: 0, minRotation: 0, autoSkip: false }

/**
 * Budget against spent, per category (a year, a budget line): the budget hatched, the spent within
 * it solid, and what is spent above the budget stacked on top in cross-hatched red with its own
 * legend entry, so the overrun stands out in colour and in black and white. `horizontal` lays the
 * bars along the page for many categories (one line each, labels never rotated).
 */
export function budgetAgainstSpentConfig(input: {
  labels: string[]
  budgetOre: number[]
  spentOre: number[]
  texts: { budget: string; spent: string; overrun: string; axis: string }
  horizontal?: boolean
}): ChartConfiguration<'bar'> {
  const { labels, budgetOre, spentOre, texts } = input
  const kr = (ore: number) => ore / 100
  const within = spentOre.map((s, i) => Math.min(s, Math.max(0, budgetOre[i] ?? 0)))
  const over = spentOre.map((s, i) => Math.max(0, s - Math.max(0, budgetOre[i] ?? 0)))
  const datasets: ChartDataset<'bar'>[] = [
    { label: texts.budget, data: budgetOre.map(kr), backgroundColor: hatch(INK), borderColor: INK, borderWidth: 1, stack: 'budget' },
    { label: texts.spent, data: within.map(kr), backgroundColor: INK, borderColor: INK, borderWidth: 1, stack: 'spent' }
  ]
  if (over.some((o) => o > 0))
    datasets.push({ label: texts.overrun, data: over.map(kr), backgroundColor: hatch(OVERRUN, true), borderColor: OVERRUN, borderWidth: 2, stack: 'spent' })
  const valueAxis = {
    stacked: true,
    beginAtZero: true,
    ticks: { ...krTicks, ...flatCategoryTicks, autoSkip: true, maxTicksLimit: 6 },
    title: axisTitle(texts.axis)
  }
  const categoryAxis = { stacked: true, ticks: flatCategoryTicks }
  return {
    type: 'bar',
    data: { labels: input.horizontal ? categoryLabels(labels, 30) : categoryLabels(labels), datasets },
    options: {
      indexAxis: input.horizontal ? 'y' : 'x',
      plugins: {
        legend: legendBelow,
        tooltip: {
          callbacks: {
            label: (c) => {
              const i = c.dataIndex
              if (c.datasetIndex === 0) return `${texts.budget}: ${formatKr(budgetOre[i] ?? 0)}`
              return `${texts.spent}: ${formatKr(spentOre[i] ?? 0)}`
            }
          }
        }
      },
      scales: input.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis }
    }
  }
}

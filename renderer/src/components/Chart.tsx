// The one chart.js wrapper of the app: screens and printouts (PDF) draw charts through it.
// Animation is off so that a chart is fully drawn when a printout says it is ready.
import { useEffect, useRef } from 'react'
import { Chart, registerables, type ChartConfiguration, type ChartType } from 'chart.js'

Chart.register(...registerables)
Chart.defaults.locale = 'da-DK'
Chart.defaults.animation = false

interface ChartViewProps<T extends ChartType> {
  config: ChartConfiguration<T>
  /** Accessible name of the chart (charts are also given as tables beside them). */
  label: string
  height?: number
  /** Called with the index of a clicked bar/point, e.g. to list what is behind it. */
  onElementClick?: (index: number, datasetIndex: number) => void
  testId?: string
}

export function ChartView<T extends ChartType>({ config, label, height = 280, onElementClick, testId }: ChartViewProps<T>) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null)
  const clickRef = useRef(onElementClick)
  useEffect(() => {
    clickRef.current = onElementClick
  }, [onElementClick])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const chart = new Chart(canvas, {
      ...config,
      options: {
        ...config.options,
        responsive: true,
        maintainAspectRatio: false,
        onClick: (_event, elements) => {
          const first = elements[0]
          if (first && clickRef.current) clickRef.current(first.index, first.datasetIndex)
        }
      }
    } as ChartConfiguration<T>)
    return () => chart.destroy()
  }, [config])

  return (
    <div style={{ position: 'relative', height, width: '100%' }} data-testid={testId}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  )
}

// The 80/20 view of a category (causes of passivity, …): bars sorted by size, the cumulative share
// as a line on its own right-hand axis (0–100 %), the 80 % line, the smallest merged into "Øvrige"
// last; a click on a bar (or its row) lists what is behind it.
import { useMemo, useState } from 'react'
import type { ChartConfiguration } from 'chart.js'
import { Alert, Box, Button, Grid, List, ListItem, MenuItem, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material'
import { paretoDimensions, type ParetoDimension } from '@shared/api/prioritisation'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { ChartView } from '../../components/Chart'
import { axisTitle, categoryLabels, flatCategoryTicks, hatch, INK, krTicks, legendBelow, lineLook, percentTicks } from '../../components/chartStyle'
import { QueryView } from '../../shell/StateViews'
import { MonthSelect } from '../participants/common'
import { SimpleTable } from '../../components/SimpleTable'
import { percentOfShare } from '@shared/domain/percent'

const p = da.participants.ui.prioritisation
const pct = da.participants.pct

export function CategoryPareto({ projectId }: { projectId: number }) {
  const [dimension, setDimension] = useState<ParetoDimension>('passiveReason')
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const [selected, setSelected] = useState<number | null>(null)
  const data = useApiQuery('prioritisation.categories', { projectId, dimension, ...(from ? { fromMonth: from } : {}), ...(to ? { toMonth: to } : {}) })
  const format = (v: number) => (data.data?.unit === 'minutes' ? formatHours(v) : data.data?.unit === 'ore' ? formatKr(v) : String(v))
  const config = useMemo<ChartConfiguration<'bar' | 'line'> | null>(() => {
    const bars = data.data?.bars
    if (!bars || bars.length === 0) return null
    const unit = data.data!.unit
    const scale = (v: number) => (unit === 'minutes' ? v / 60 : unit === 'ore' ? v / 100 : v)
    return {
      type: 'bar',
      data: {
        labels: categoryLabels(bars.map((b) => b.category)),
        datasets: [
          {
            type: 'bar',
            label: p.dimensions[dimension]!,
            // The vital few solid, the rest hatched, «Øvrige» light: told apart in black and white too.
            data: bars.map((b) => scale(b.value)),
            backgroundColor: bars.map((b) => (b.isOther ? '#e0e0e0' : b.vitalFew ? INK : hatch(INK))),
            borderColor: INK,
            borderWidth: 1,
            yAxisID: 'y',
            order: 2
          },
          {
            type: 'line',
            label: p.cumulativeLine,
            data: bars.map((b) => percentOfShare(b.cumulativeShare)),
            ...lineLook(0, '#b26a00'),
            yAxisID: 'y1',
            order: 1
          },
          { type: 'line', label: p.line80, data: bars.map(() => 80), ...lineLook(1, '#c62828'), pointRadius: 0, borderWidth: 1, yAxisID: 'y1', order: 0 }
        ]
      },
      options: {
        plugins: { legend: legendBelow },
        scales: {
          x: { ticks: flatCategoryTicks },
          y: {
            beginAtZero: true,
            position: 'left',
            title: axisTitle(p.axisValue[unit]),
            ticks: unit === 'ore' ? krTicks : { precision: 0 }
          },
          y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: percentTicks, title: axisTitle(p.cumulativeLine) }
        }
      }
    }
  }, [data.data, dimension])
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <TextField
          select
          size="small"
          label={p.dimension}
          value={dimension}
          onChange={(e) => {
            setDimension(e.target.value as ParetoDimension)
            setSelected(null)
          }}
          sx={{ minWidth: 320 }}
        >
          {paretoDimensions.map((d) => (
            <MenuItem key={d} value={d}>
              {p.dimensions[d]}
            </MenuItem>
          ))}
        </TextField>
        <MonthSelect projectId={projectId} label={p.from} value={from ?? data.data?.fromMonth ?? ''} onChange={setFrom} />
        <MonthSelect projectId={projectId} label={p.to} value={to ?? data.data?.toMonth ?? ''} onChange={setTo} />
      </Stack>
      <QueryView query={data}>
        {(d) =>
          d.bars.length === 0 ? (
            <Alert severity="info">{p.none}</Alert>
          ) : (
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, lg: 7 }}>
                {config ? <ChartView config={config} label={p.chartLabel} height={340} onElementClick={(i) => setSelected(i)} testId="pareto-chart" /> : null}
                <Typography variant="body2" color="text.secondary">
                  {p.clickHint}
                </Typography>
              </Grid>
              <Grid size={{ xs: 12, lg: 5 }}>
                <SimpleTable
                  label={p.dimensions[d.dimension]}
                  testId="pareto-table"
                  columns={[p.category, { right: p.value }, { right: p.share }, { right: p.cumulative }]}
                  headEnd={<TableCell />}
                >
                  {d.bars.map((b, i) => (
                    <TableRow key={b.category} selected={selected === i} sx={b.vitalFew ? { '& td:first-of-type': { fontWeight: 500 } } : undefined}>
                      <TableCell>{b.category}</TableCell>
                      <TableCell align="right">{format(b.value)}</TableCell>
                      <TableCell align="right">{pct(b.share)}</TableCell>
                      <TableCell align="right">{pct(b.cumulativeShare)}</TableCell>
                      <TableCell>
                        <Button size="small" onClick={() => setSelected(i)} aria-label={`${p.show}: ${b.category}`}>
                          {p.show}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell>{p.total}</TableCell>
                    <TableCell align="right">{format(d.total)}</TableCell>
                    <TableCell colSpan={3} />
                  </TableRow>
                </SimpleTable>
                {selected !== null && d.bars[selected] ? (
                  <Box sx={{ mt: 2 }} data-testid="pareto-behind">
                    <Typography variant="subtitle1" component="h3">
                      {p.behind(d.bars[selected].category)}
                    </Typography>
                    <List dense sx={{ maxHeight: 300, overflow: 'auto' }}>
                      {d.bars[selected].items.map((item, i) => (
                        <ListItem key={i} disableGutters>
                          {d.unit === 'count' ? item.label : `${item.label}: ${format(item.value)}`}
                        </ListItem>
                      ))}
                    </List>
                  </Box>
                ) : null}
              </Grid>
            </Grid>
          )
        }
      </QueryView>
    </>
  )
}

// Every staff member's months: hours against norm, status, who signed and approved, the salary
// posted; sign, approve (timesheet or management statement) and unlock from here.
import { useState } from 'react'
import { Alert, Button, Chip, MenuItem, Stack, TableCell, TableRow, TextField, Tooltip, Typography } from '@mui/material'
import LockIcon from '@mui/icons-material/Lock'
import type { MonthRow } from '@shared/api/time'
import { formatDateTime, yearsOfPeriod } from '@shared/domain/dates'
import { formatHours } from '@shared/domain/duration'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { MonthDialog, type MonthAction } from './MonthDialogs'
import { PdfButton } from '../../print/PdfButton'
import { formatMonth } from '@shared/domain/months'
import { ActionCell } from '../../components/ActionCell'
import { WINDOW_FROM, WindowedRows, windowScrollSx } from '../../components/WindowedRows'
import { WideTable } from '../../components/SimpleTable'

const t = da.time.ui.months

function statusColor(row: MonthRow): 'success' | 'info' | 'default' {
  return row.status === 'approved' ? 'success' : row.status === 'signed' ? 'info' : 'default'
}

/**
 * A row's height in pixels for the windowing of a long year (#14: a project with many staff): the
 * status chip, the buttons, and a caption line (about 20 px, an approval often two) for each note.
 */
function monthRowHeight(r: MonthRow): number {
  const status = 24 + (r.weeks.length > 0 ? 20 : 0) + (r.unlockReason && r.status === 'open' ? 20 : 0)
  const approval = (r.signedByName ? 40 : 0) + (r.approvedByName ? 40 : 0)
  return 13 + Math.max(31, status, approval)
}

function Actions({ row, requireSignature, onAction }: { row: MonthRow; requireSignature: boolean; onAction: (a: MonthAction) => void }) {
  if (row.closed) {
    return (
      <Tooltip title={t.closed}>
        <Chip size="small" icon={<LockIcon />} label={t.closed} />
      </Tooltip>
    )
  }
  const label = `${row.staffName} ${formatMonth(row.month)}`
  const button = (kind: 'sign' | 'approve' | 'unlock', text: string) => (
    <Button size="small" variant={kind === 'unlock' ? 'text' : 'outlined'} onClick={() => onAction({ kind, row })} aria-label={`${text}: ${label}`}>
      {text}
    </Button>
  )
  if (row.status === 'approved') return button('unlock', t.unlock)
  if (row.mode === 'statement') return button('approve', t.approveStatement)
  if (row.status === 'signed') {
    return (
      <Stack direction="row" spacing={1}>
        {button('approve', t.approve)}
        {button('unlock', t.unlock)}
      </Stack>
    )
  }
  return requireSignature ? button('sign', t.sign) : button('approve', t.approve)
}

export function MonthsPage() {
  const projectId = useRequiredProjectId()
  const project = useApiQuery('projects.get', { projectId })
  const settings = useApiQuery('time.settings.get', { projectId })
  const years = project.data ? yearsOfPeriod(project.data.periodStart, project.data.periodEnd) : []
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState<number | null>(null)
  const [staffFilter, setStaffFilter] = useState<number | ''>('')
  const shownYear = year ?? (years.includes(thisYear) ? thisYear : (years.at(-1) ?? thisYear))
  const months = useApiQuery('time.months', { projectId, year: shownYear }, { enabled: years.length > 0 })
  const [action, setAction] = useState<MonthAction>(null)
  const staffNames = [...new Map((months.data ?? []).map((m) => [m.staffId, m.staffName])).entries()]

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField select size="small" label={t.year} value={shownYear} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 120 }}>
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t.staff}
          value={staffFilter}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(e) => setStaffFilter(e.target.value === '' ? '' : Number(e.target.value))}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t.allStaff}</MenuItem>
          {staffNames.map(([id, name]) => (
            <MenuItem key={id} value={id}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.weeksRule}
      </Typography>
      <QueryView query={months}>
        {(rows) => {
          const shown = rows.filter((r) => staffFilter === '' || r.staffId === staffFilter)
          if (shown.length === 0) return <Alert severity="info">{t.empty}</Alert>
          return (
            <WideTable
              containerTestId="months-table"
              containerSx={windowScrollSx(shown.length)}
              windowScroll
              label={da.time.ui.tabs.months}
              stickyHeader={shown.length > WINDOW_FROM}
              columns={[t.staff, t.month, t.kind, { right: t.hours }, { right: t.norm }, t.status, t.approval, { right: t.posted }]}
              headEnd={<ActionCell>{t.actions}</ActionCell>}
            >
              <WindowedRows
                count={shown.length}
                columns={9}
                rowHeight={(i) => monthRowHeight(shown[i]!)}
                row={(i) => {
                  const r = shown[i]!
                  return (
                    <TableRow key={`${r.staffId}-${r.month}`} data-testid={`month-${r.staffId}-${r.month}`}>
                      <TableCell>{r.staffName}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMonth(r.month)}</TableCell>
                      <TableCell>{r.mode === 'statement' ? t.statement : t.timesheet}</TableCell>
                      <TableCell align="right">{formatHours(r.minutes)}</TableCell>
                      <TableCell align="right">{formatHours(r.normMinutes)}</TableCell>
                      <TableCell>
                        <Chip size="small" label={da.time.status[r.status]} color={statusColor(r)} data-testid="month-status" />
                        {r.weeks.length > 0 ? (
                          <Tooltip
                            title={r.weeks
                              .map((w) =>
                                t.weekApprovalTitle(
                                  da.time.weekLabel(w.week, w.isoYear),
                                  w.approvedByName ?? '',
                                  w.approvedByRole ?? '',
                                  formatDateTime(w.approvedAt),
                                  w.approvedOsUser ?? ''
                                )
                              )
                              .join(' · ')}
                          >
                            <Typography variant="caption" component="div" color="success.main" data-testid="month-weeks" tabIndex={0}>
                              {t.weeksApproved(r.weeks.map((w) => String(w.week)).join(', '), formatHours(r.weekApprovedMinutes))}
                            </Typography>
                          </Tooltip>
                        ) : null}
                        {r.unlockReason && r.status === 'open' ? (
                          <Typography variant="caption" component="div" color="text.secondary">
                            {t.unlocked(r.unlockReason)}
                          </Typography>
                        ) : null}
                      </TableCell>
                      <TableCell sx={{ minWidth: 280 }}>
                        {r.signedByName ? (
                          <Typography variant="caption" component="div">
                            {t.signed(r.signedByName, formatDateTime(r.signedAt))}
                          </Typography>
                        ) : null}
                        {r.approvedByName ? (
                          <Typography variant="caption" component="div">
                            {t.approvedBy(r.approvedByName, r.approvedByRole ?? '', formatDateTime(r.approvedAt), r.approvedOsUser ?? '')}
                          </Typography>
                        ) : null}
                      </TableCell>
                      <TableCell align="right" data-testid="month-posted" sx={{ whiteSpace: 'nowrap' }}>
                        {formatKr(r.postedOre)}
                      </TableCell>
                      <ActionCell>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <Actions row={r} requireSignature={settings.data?.requireEmployeeSignature ?? true} onAction={setAction} />
                          {r.status !== 'open' || r.minutes > 0 ? (
                            <PdfButton
                              route={`/print/timeseddel/${projectId}/${r.staffId}/${r.month}`}
                              fileName={t.sheetFile(r.kind, r.staffName, r.month)}
                              label={t.pdf}
                            />
                          ) : null}
                        </Stack>
                      </ActionCell>
                    </TableRow>
                  )
                }}
              />
            </WideTable>
          )
        }}
      </QueryView>
      <MonthDialog projectId={projectId} action={action} onClose={() => setAction(null)} />
    </>
  )
}

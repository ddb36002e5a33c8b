// The project's time settings: the days off beyond public holidays, whether employees sign their
// month, the activities of the week grid, and the budget line chosen for salary where there are several.
import { useState } from 'react'
import { Alert, Box, Button, Checkbox, FormControlLabel, IconButton, MenuItem, Stack, Switch, TableCell, TableRow, TextField } from '@mui/material'
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward'
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import DeleteIcon from '@mui/icons-material/Delete'
import AddIcon from '@mui/icons-material/Add'
import type { TimeSettings } from '@shared/api/time'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { FormRootError } from '../../components/form'
import { PaperSection } from '../../components/PaperSection'
import { SimpleTable } from '../../components/SimpleTable'

const t = da.time.ui.settings

/** What a save says under its button: that it was saved, or why not; `report` goes to the mutation. */
function useSaveReport() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const report = { onSuccess: () => setMessage({ ok: true, text: t.saved }), onError: (e: unknown) => setMessage({ ok: false, text: errorMessage(e) }) }
  const alert = message ? (
    <Alert severity={message.ok ? 'success' : 'error'} sx={{ mt: 2 }}>
      {message.text}
    </Alert>
  ) : null
  return [alert, report] as const
}

function DaysOff({ settings }: { settings: TimeSettings }) {
  const [daysOff, setDaysOff] = useState(settings.daysOff)
  const [requireSignature, setRequireSignature] = useState(settings.requireEmployeeSignature)
  const [message, report] = useSaveReport()
  const update = useApiMutation('time.settings.update')
  const box = (key: keyof TimeSettings['daysOff'], label: string) => (
    <FormControlLabel control={<Checkbox checked={daysOff[key]} onChange={(e) => setDaysOff({ ...daysOff, [key]: e.target.checked })} />} label={label} />
  )
  return (
    <PaperSection title={t.daysOffTitle} help={t.daysOffHelp} tight mb={3}>
      <Stack>
        {box('christmasEveOff', t.christmasEveOff)}
        {box('newYearsEveOff', t.newYearsEveOff)}
        {box('mayDayAfternoonOff', t.mayDayAfternoonOff)}
        {box('constitutionDayAfternoonOff', t.constitutionDayAfternoonOff)}
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Switch checked={requireSignature} onChange={(e) => setRequireSignature(e.target.checked)} />}
          label={t.requireSignature}
        />
      </Stack>
      <Button
        variant="contained"
        sx={{ mt: 2 }}
        loading={update.isPending}
        onClick={() => update.mutate({ projectId: settings.projectId, daysOff, requireEmployeeSignature: requireSignature }, report)}
      >
        {t.save}
      </Button>
      {message}
    </PaperSection>
  )
}

type EditableActivity = { id?: number; name: string; active: boolean; entryCount: number }

function Activities({ settings }: { settings: TimeSettings }) {
  const [list, setList] = useState<EditableActivity[]>(settings.activities.map((a) => ({ id: a.id, name: a.name, active: a.active, entryCount: a.entryCount })))
  const [message, report] = useSaveReport()
  const save = useApiMutation('time.activities.save')
  const move = (i: number, by: number) => {
    const next = [...list]
    const [item] = next.splice(i, 1)
    next.splice(i + by, 0, item!)
    setList(next)
  }
  return (
    <PaperSection title={t.activitiesTitle} help={t.activitiesHelp} mb={3}>
      <Stack spacing={1}>
        {list.map((a, i) => (
          <Stack key={a.id ?? `new-${i}`} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              size="small"
              label={t.activityName(i + 1)}
              value={a.name}
              onChange={(e) => setList(list.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
              sx={{ minWidth: 320 }}
            />
            <FormControlLabel
              control={<Switch checked={a.active} onChange={(e) => setList(list.map((x, j) => (j === i ? { ...x, active: e.target.checked } : x)))} />}
              label={t.active}
            />
            <IconButton aria-label={`${t.moveUp}: ${a.name}`} disabled={i === 0} onClick={() => move(i, -1)}>
              <ArrowUpwardIcon />
            </IconButton>
            <IconButton aria-label={`${t.moveDown}: ${a.name}`} disabled={i === list.length - 1} onClick={() => move(i, 1)}>
              <ArrowDownwardIcon />
            </IconButton>
            <IconButton aria-label={`${t.remove}: ${a.name}`} disabled={a.entryCount > 0} onClick={() => setList(list.filter((_, j) => j !== i))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button startIcon={<AddIcon />} onClick={() => setList([...list, { name: '', active: true, entryCount: 0 }])}>
          {t.addActivity}
        </Button>
        <Button
          variant="contained"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { projectId: settings.projectId, activities: list.map((a) => ({ ...(a.id ? { id: a.id } : {}), name: a.name, active: a.active })) },
              report
            )
          }
        >
          {t.saveActivities}
        </Button>
      </Stack>
      {message}
    </PaperSection>
  )
}

function LineChoices({ projectId }: { projectId: number }) {
  const choices = useApiQuery('time.lineChoices', { projectId })
  const set = useApiMutation('time.lineChoice.set')
  return (
    <PaperSection title={t.linesTitle} help={t.linesHelp}>
      <QueryView query={choices}>
        {(rows) =>
          rows.length === 0 ? (
            <Alert severity="info">{t.linesNone}</Alert>
          ) : (
            <Box>
              <SimpleTable columns={[da.time.ui.months.staff, da.time.ui.months.year, da.ledger.ui.line]}>
                {rows.map((r) => (
                  <TableRow key={`${r.staffId}-${r.year}`}>
                    <TableCell>{r.staffName}</TableCell>
                    <TableCell>{r.year}</TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        label={t.chooseLine(r.staffName, r.year)}
                        value={r.chosenBudgetLineId ?? ''}
                        onChange={(e) => set.mutate({ projectId, staffId: r.staffId, year: r.year, budgetLineId: Number(e.target.value) })}
                        sx={{ minWidth: 320 }}
                      >
                        {r.chosenBudgetLineId === null ? <MenuItem value="">{t.notChosen}</MenuItem> : null}
                        {r.candidates.map((c) => (
                          <MenuItem key={c.id} value={c.id}>
                            {c.title}
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                  </TableRow>
                ))}
              </SimpleTable>
              <FormRootError message={set.isError ? errorMessage(set.error) : undefined} sx={{ mt: 0 }} />
            </Box>
          )
        }
      </QueryView>
    </PaperSection>
  )
}

export function TimeSettingsPage() {
  const projectId = useRequiredProjectId()
  const settings = useApiQuery('time.settings.get', { projectId })
  return (
    <>
      <QueryView query={settings}>
        {(s) => (
          <>
            <DaysOff key={`d${settings.dataUpdatedAt}`} settings={s} />
            <Activities key={`a${settings.dataUpdatedAt}`} settings={s} />
          </>
        )}
      </QueryView>
      <LineChoices projectId={projectId} />
    </>
  )
}

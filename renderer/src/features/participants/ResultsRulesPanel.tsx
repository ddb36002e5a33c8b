// The pool's 'results' rules as a settings panel (Puljer → a pool): what counts for each KPI, who
// leaves the effort group, targets (the result conditions belong to the instalments), passive reasons, progression questions and
// scale, and the Pareto weights. Saved through the audit trail with a reason.
import { useState, type ReactNode } from 'react'
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Divider,
  FormControlLabel,
  Grid,
  type GridSize,
  Stack,
  Switch,
  TableCell,
  TableRow,
  TextField,
  Typography
} from '@mui/material'
import { activityKpiKeys, paretoPartKeys, type ResultsRules } from '@shared/domain/participants/poolRules'
import { activityKeys, exitReasons, type ExitReason } from '@shared/domain/participants/types'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { QueryView } from '../../shell/StateViews'
import { shareTargetKeys, t, ui } from './common'
import { useRulePercentFields } from './RulePercentFields'
import { SimpleTable } from '../../components/SimpleTable'

const r = ui.rules

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  )
}

/** A small field of the rules in a grid cell; `onText` gets what was typed. */
function FieldCell({
  size,
  label,
  value,
  onText,
  type = 'number'
}: {
  size: Partial<Record<'xs' | 'sm' | 'md', GridSize>>
  label: ReactNode
  value: string | number
  onText: (text: string) => void
  type?: 'number' | 'text'
}) {
  return (
    <Grid size={size}>
      <TextField fullWidth size="small" type={type} label={label} value={value} onChange={(e) => onText(e.target.value)} />
    </Grid>
  )
}

const targetCell = { xs: 12, sm: 6, md: 4 } as const
const paretoCell = { xs: 6, sm: 4, md: 2 } as const

type Message = { ok: boolean; text: string } | null

function Editor({
  poolId,
  initial,
  shipped,
  message,
  setMessage
}: {
  poolId: number
  initial: ResultsRules
  shipped: boolean
  message: Message
  setMessage: (m: Message) => void
}) {
  const [rules, setRules] = useState<ResultsRules>(initial)
  const percents = useRulePercentFields(initial)
  const [reason, setReason] = useState('')
  const save = useApiMutation('participants.rules.save')
  const reset = useApiMutation('participants.rules.reset')
  const update = (patch: Partial<ResultsRules>) => setRules({ ...rules, ...patch })
  /** Saves or resets: «Gemt» when it went through, the refusal's message when not. */
  const saveWith = async (act: () => Promise<unknown>) => {
    try {
      await act()
      setMessage({ ok: true, text: r.saved })
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) })
    }
  }
  const toggleIn = <T,>(list: T[], value: T, on: boolean) => (on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value))
  return (
    <Box>
      <Alert severity="info" sx={{ mb: 2 }}>
        {shipped ? r.shipped : r.edited}
      </Alert>
      <Section title={r.counting}>
        <Box sx={{ overflowX: 'auto' }}>
          <SimpleTable
            head={
              <>
                <TableCell />
                {activityKeys.map((a) => (
                  <TableCell key={a} align="center" sx={{ fontSize: 12 }}>
                    {t.activities[a]}
                  </TableCell>
                ))}
              </>
            }
          >
            {activityKpiKeys.map((kpi) => (
              <TableRow key={kpi}>
                <TableCell>{t.kpis[kpi]}</TableCell>
                {activityKeys.map((a) => (
                  <TableCell key={a} align="center" padding="checkbox">
                    <Checkbox
                      size="small"
                      checked={rules.kpiActivities[kpi].includes(a)}
                      onChange={(e) => update({ kpiActivities: { ...rules.kpiActivities, [kpi]: toggleIn(rules.kpiActivities[kpi], a, e.target.checked) } })}
                      slotProps={{ input: { 'aria-label': `${t.kpis[kpi]}: ${t.activities[a]}` } }}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </SimpleTable>
        </Box>
      </Section>
      <Grid container spacing={2}>
        {(
          [
            ['effortGroupExit', r.exits],
            ['successfulExit', r.success]
          ] as const
        ).map(([key, title]) => (
          <Grid key={key} size={{ xs: 12, md: 6 }}>
            <Section title={title}>
              {exitReasons.map((reasonKey: ExitReason) => (
                <FormControlLabel
                  key={reasonKey}
                  control={
                    <Checkbox
                      size="small"
                      checked={rules[key].includes(reasonKey)}
                      onChange={(e) => update({ [key]: toggleIn(rules[key], reasonKey, e.target.checked) })}
                    />
                  }
                  label={t.exitReasons[reasonKey]}
                />
              ))}
            </Section>
          </Grid>
        ))}
      </Grid>
      <Section title={r.conditions}>
        <Typography variant="body2" color="text.secondary">
          {r.conditionsEditedWithInstalments}
        </Typography>
      </Section>
      <Section title={r.targets}>
        <Grid container spacing={2}>
          {shareTargetKeys.map((key) => percents.cell(key, targetCell))}
          <FieldCell
            size={targetCell}
            label={ui.targetLabels.caseloadMax}
            value={rules.targets.caseloadMax ?? ''}
            onText={(v) => update({ targets: { ...rules.targets, caseloadMax: v ? Number(v) : null } })}
          />
        </Grid>
      </Section>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextField
            fullWidth
            multiline
            minRows={4}
            label={r.passiveReasons}
            value={rules.passiveReasons.join('\n')}
            onChange={(e) => update({ passiveReasons: e.target.value.split('\n') })}
            onBlur={() => update({ passiveReasons: rules.passiveReasons.map((x) => x.trim()).filter(Boolean) })}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            fullWidth
            type="number"
            label={r.cvMaxAge}
            value={rules.cvMaxAgeMonths}
            onChange={(e) => update({ cvMaxAgeMonths: Number(e.target.value) || 1 })}
          />
        </Grid>
      </Grid>
      <Divider sx={{ my: 3 }} />
      <Section title={r.progression}>
        <FormControlLabel
          control={
            <Switch
              checked={rules.progression.exampleWording}
              onChange={(e) => update({ progression: { ...rules.progression, exampleWording: e.target.checked } })}
            />
          }
          label={r.exampleWording}
        />
        {rules.progression.exampleWording ? (
          <Alert severity="warning" sx={{ my: 1 }}>
            {ui.progression.exampleWarning}
          </Alert>
        ) : null}
        <Grid container spacing={2} sx={{ my: 1 }}>
          {(
            [
              ['scaleMin', r.scaleMin, 'number'],
              ['scaleMax', r.scaleMax, 'number'],
              ['scaleMinLabel', r.scaleMinLabel, 'text'],
              ['scaleMaxLabel', r.scaleMaxLabel, 'text'],
              ['followUpMonths', r.followUpMonths, 'number']
            ] as const
          ).map(([key, label, type]) => (
            <FieldCell
              key={key}
              size={{ xs: 12, sm: 6, md: type === 'number' ? 2 : 3 }}
              type={type}
              label={label}
              value={rules.progression[key]}
              onText={(v) => update({ progression: { ...rules.progression, [key]: type === 'number' ? Number(v) : v } })}
            />
          ))}
        </Grid>
        {rules.progression.themes.map((theme, ti) => (
          <Box key={theme.key} sx={{ mb: 2 }}>
            <TextField
              fullWidth
              size="small"
              label={ui.progression.theme}
              value={theme.label}
              onChange={(e) =>
                update({
                  progression: { ...rules.progression, themes: rules.progression.themes.map((x, j) => (j === ti ? { ...x, label: e.target.value } : x)) }
                })
              }
              sx={{ mb: 1 }}
            />
            {theme.questions.map((q, qi) => (
              <TextField
                key={q.key}
                fullWidth
                size="small"
                label={`${theme.label}: ${r.question(qi + 1)}`}
                value={q.text}
                onChange={(e) =>
                  update({
                    progression: {
                      ...rules.progression,
                      themes: rules.progression.themes.map((x, j) =>
                        j === ti ? { ...x, questions: x.questions.map((y, k) => (k === qi ? { ...y, text: e.target.value } : y)) } : x
                      )
                    }
                  })
                }
                sx={{ mb: 1, pl: 2 }}
              />
            ))}
          </Box>
        ))}
      </Section>
      <Section title={r.pareto}>
        <Grid container spacing={2}>
          {paretoPartKeys.map((key) => (
            <FieldCell
              key={key}
              size={paretoCell}
              label={t.scoreParts[key]}
              value={rules.pareto.weights[key]}
              onText={(v) => update({ pareto: { ...rules.pareto, weights: { ...rules.pareto.weights, [key]: Number(v) || 0 } } })}
            />
          ))}
          {percents.cell('focusShare', paretoCell)}
          <FieldCell
            size={paretoCell}
            label={r.lookback}
            value={rules.pareto.lookbackMonths}
            onText={(v) => update({ pareto: { ...rules.pareto, lookbackMonths: Number(v) || 1 } })}
          />
        </Grid>
      </Section>
      <TextField fullWidth label={r.reason} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ mb: 2 }} />
      {message ? (
        <Alert severity={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'} sx={{ mb: 2 }}>
          {message.text}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          loading={save.isPending}
          onClick={() => {
            const toSave = percents.withPercents({ ...rules, passiveReasons: rules.passiveReasons.map((x) => x.trim()).filter(Boolean) })
            // A refused percent shows under its field; the message here is of the last save.
            if (toSave) void saveWith(() => save.mutateAsync({ poolId, rules: toSave, reason }))
            else setMessage(null)
          }}
        >
          {r.save}
        </Button>
        <Button
          loading={reset.isPending}
          onClick={() =>
            saveWith(async () => {
              const view = await reset.mutateAsync({ poolId, reason })
              setRules(view.rules)
              percents.reset(view.rules)
            })
          }
        >
          {r.reset}
        </Button>
      </Stack>
    </Box>
  )
}

export function ResultsRulesPanel({ poolId }: { poolId: number }) {
  const view = useApiQuery('participants.rules.get', { poolId })
  // The message lives here: a save refreshes the rules, which starts the editor afresh.
  const [message, setMessage] = useState<Message>(null)
  return (
    <QueryView query={view}>
      {(v) => (
        <Editor
          key={`${v.poolId}:${String(v.shipped)}:${view.dataUpdatedAt}`}
          poolId={v.poolId}
          initial={v.rules}
          shipped={v.shipped}
          message={message}
          setMessage={setMessage}
        />
      )}
    </QueryView>
  )
}

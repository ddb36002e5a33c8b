// The progression questions of the pool, answered on its scale, at intake, follow-up or exit.
import { useState } from 'react'
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography
} from '@mui/material'
import { progressionOccasions, type ProgressionOccasion } from '@shared/domain/participants/types'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { t, ui } from './common'
import { FormRootError } from '../../components/form'

const p = ui.progression

export function ProgressionForm({ projectId, participantId, onDone }: { projectId: number; participantId: number; onDone: () => void }) {
  const rules = useApiQuery('participants.targets.get', { projectId })
  const save = useApiMutation('participants.progression.save')
  const [occasion, setOccasion] = useState<ProgressionOccasion>('intake')
  const [answeredOn, setAnsweredOn] = useState('')
  const [answers, setAnswers] = useState<Record<string, number>>({})
  const [error, setError] = useState<string | null>(null)
  if (!rules.data) return null
  const pr = rules.data.rules.progression
  const scale = Array.from({ length: pr.scaleMax - pr.scaleMin + 1 }, (_, i) => pr.scaleMin + i)
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="form" aria-label={ui.detail.addAnswer}>
      {pr.exampleWording ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {p.exampleWarning}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={p.occasion}
          value={occasion}
          onChange={(e) => setOccasion(e.target.value as ProgressionOccasion)}
          sx={{ minWidth: 200 }}
        >
          {progressionOccasions.map((o) => (
            <MenuItem key={o} value={o}>
              {t.occasions[o]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="date"
          label={p.answeredOn}
          value={answeredOn}
          onChange={(e) => setAnsweredOn(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {p.scale(pr.scaleMin, pr.scaleMax, pr.scaleMinLabel, pr.scaleMaxLabel)}
      </Typography>
      {pr.themes.map((theme) => (
        <Box key={theme.key} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" component="h3">
            {theme.label}
          </Typography>
          {theme.questions.map((q) => (
            <FormControl key={q.key} sx={{ display: 'block', mb: 1 }}>
              <FormLabel id={`q-${q.key}`}>
                {q.text} {pr.exampleWording ? <Chip size="small" label={p.example} sx={{ ml: 1 }} /> : null}
              </FormLabel>
              <RadioGroup
                row
                aria-labelledby={`q-${q.key}`}
                value={answers[q.key] === undefined ? '' : String(answers[q.key])}
                onChange={(e) => setAnswers({ ...answers, [q.key]: Number(e.target.value) })}
              >
                {scale.map((n) => (
                  <FormControlLabel key={n} value={String(n)} control={<Radio size="small" />} label={String(n)} />
                ))}
              </RadioGroup>
            </FormControl>
          ))}
        </Box>
      ))}
      <FormRootError message={error ?? undefined} sx={{ mb: 2 }} />
      <Button
        variant="contained"
        loading={save.isPending}
        onClick={async () => {
          setError(null)
          try {
            await save.mutateAsync({ projectId, participantId, occasion, answeredOn, answers })
            onDone()
          } catch (e) {
            setError(errorMessage(e))
          }
        }}
      >
        {p.save}
      </Button>
    </Paper>
  )
}

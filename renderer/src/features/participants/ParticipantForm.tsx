// Create or edit a participant: pseudonym or case number (the services refuse a CPR number in any
// field, and the form keeps what was typed), intake, group, job broker, exit.
import { z } from 'zod'
import { useNavigate } from 'react-router'
import { Button, Grid, MenuItem, Paper, Stack, Typography } from '@mui/material'
import { participantsApi, type Participant, type ParticipantInput } from '@shared/api/participants'
import { isIsoDate } from '@shared/domain/dates'
import { exitReasons, type ExitReason } from '@shared/domain/participants/types'
import { da } from '@shared/texts/da'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { errorMessage } from '../../api/client'
import { FormDateField, FormTextField, formFields, textFieldsOf, showServerError, FormRootError, useGuardedForm, zodResolver } from '../../components/form'
import { PageHeader } from '../../shell/PageHeader'
import { QueryView } from '../../shell/StateViews'
import { useRequiredProjectId } from '../../shell/useProjectId'
import { t, ui, useStaff } from './common'
import { textsOf } from '../../components/formValues'

const f = t.fields
const v = da.validationMessages

const optionalDate = (label: string) => z.string().refine((s) => s === '' || isIsoDate(s), `${v.fieldPrefix(label)} ${v.invalidDate}.`)

const schema = textFieldsOf(participantsApi['participants.update'].input, {
  pseudonym: f.pseudonym!,
  caseNumber: f.caseNumber!,
  note: f.note!,
  reason: f.reason!
}).extend({
  intakeDate: formFields.date(f.intakeDate!),
  intakeGroup: z.enum(['1', '2', '3']),
  jobBrokerId: z.string(),
  exitDate: optionalDate(f.exitDate!),
  exitReason: z.string()
})
type Values = z.infer<typeof schema>
const FIELDS = ['pseudonym', 'caseNumber', 'intakeDate', 'intakeGroup', 'jobBrokerId', 'exitDate', 'exitReason', 'note', 'reason'] as const

function toValues(p?: Participant): Values {
  return {
    ...textsOf(p, ['pseudonym', 'caseNumber', 'intakeDate', 'exitDate', 'exitReason', 'note']),
    intakeGroup: String(p?.intakeGroup ?? 1) as Values['intakeGroup'],
    jobBrokerId: p?.jobBrokerId ? String(p.jobBrokerId) : '',
    reason: ''
  }
}

function toInput(projectId: number, values: Values): ParticipantInput {
  return {
    projectId,
    pseudonym: values.pseudonym,
    caseNumber: values.caseNumber,
    intakeDate: values.intakeDate,
    intakeGroup: Number(values.intakeGroup) as 1 | 2 | 3,
    jobBrokerId: values.jobBrokerId ? Number(values.jobBrokerId) : null,
    exitDate: values.exitDate || null,
    exitReason: (values.exitReason || null) as ExitReason | null,
    note: values.note
  }
}

function ParticipantFormBody({ participant, onSaved }: { participant?: Participant; onSaved: (p: Participant) => void }) {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  const staff = useStaff(projectId)
  const create = useApiMutation('participants.create')
  const update = useApiMutation('participants.update')
  const form = useGuardedForm<Values>({ resolver: zodResolver(schema), defaultValues: toValues(participant), mode: 'onBlur' })
  const { control, handleSubmit, setError, formState } = form
  const submit = handleSubmit(async (values) => {
    try {
      const input = toInput(projectId, values)
      const saved = participant ? await update.mutateAsync({ ...input, participantId: participant.id, reason: values.reason }) : await create.mutateAsync(input)
      onSaved(saved)
    } catch (e) {
      if (!showServerError(e, setError, FIELDS)) setError('root', { message: errorMessage(e) })
    }
  })
  const label = participant ? da.common.save : ui.form.newTitle
  return (
    <Paper component="form" variant="outlined" sx={{ p: 3 }} onSubmit={submit} noValidate aria-label={label}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={control} name="pseudonym" label={f.pseudonym!} helperText={ui.form.pseudonymHelp} fullWidth required />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={control} name="caseNumber" label={f.caseNumber!} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDateField control={control} name="intakeDate" label={f.intakeDate!} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField control={control} name="intakeGroup" label={f.intakeGroup!} select fullWidth>
            {[1, 2, 3].map((g) => (
              <MenuItem key={g} value={String(g)}>
                {t.groups[g]}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField control={control} name="jobBrokerId" label={f.jobBrokerId!} select fullWidth>
            <MenuItem value="">{ui.form.noBroker}</MenuItem>
            {(staff.data ?? []).map((s) => (
              <MenuItem key={s.id} value={String(s.id)}>
                {`${s.name} (${s.title})`}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <Grid size={12}>
          <Typography variant="body2" color="text.secondary">
            {ui.form.rule6}
          </Typography>
        </Grid>
        <Grid size={12}>
          <Typography variant="h6" component="h2">
            {ui.form.exitSection}
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormDateField control={control} name="exitDate" label={f.exitDate!} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField control={control} name="exitReason" label={f.exitReason!} select fullWidth>
            <MenuItem value="">{ui.form.noExit}</MenuItem>
            {exitReasons.map((r) => (
              <MenuItem key={r} value={r}>
                {t.exitReasons[r]}
              </MenuItem>
            ))}
          </FormTextField>
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="note" label={f.note!} fullWidth multiline minRows={2} />
        </Grid>
        {participant ? (
          <Grid size={12}>
            <FormTextField control={control} name="reason" label={f.reason!} helperText={ui.form.reasonHelp} fullWidth />
          </Grid>
        ) : null}
      </Grid>
      <FormRootError message={formState.errors.root?.message} />
      <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
        <Button type="submit" variant="contained" loading={formState.isSubmitting}>
          {label}
        </Button>
        <Button onClick={() => navigate(-1)}>{da.common.cancel}</Button>
      </Stack>
    </Paper>
  )
}

export function NewParticipantPage() {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  return (
    <>
      <PageHeader title={ui.form.newTitle} />
      <ParticipantFormBody onSaved={(p) => navigate(`/projekt/${projectId}/deltagere/${p.id}`)} />
    </>
  )
}

export function EditParticipantPage({ participantId }: { participantId: number }) {
  const projectId = useRequiredProjectId()
  const navigate = useNavigate()
  const detail = useApiQuery('participants.get', { projectId, participantId })
  return (
    <>
      <PageHeader title={ui.form.editTitle} />
      <QueryView query={detail}>
        {(d) => <ParticipantFormBody participant={d.participant} onSaved={(p) => navigate(`/projekt/${projectId}/deltagere/${p.id}`)} />}
      </QueryView>
    </>
  )
}

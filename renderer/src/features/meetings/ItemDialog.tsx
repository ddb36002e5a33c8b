// The form of one agenda item: the fields of a Danish minutes item (seeds 001, 004), with the
// decision (quick choice and free text), a dissent, and members absent for the item only.
import { z } from 'zod'
import { Checkbox, FormControlLabel, FormGroup, FormLabel, Grid, MenuItem, Typography } from '@mui/material'
import { itemFieldsSchema, type AgendaItem, type Attendance } from '@shared/api/meetings'
import { decisionChoices, type DecisionChoice } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { useApiMutation } from '../../api/hooks'
import { FormTextField, formFields, textFieldsOf, useGuardedForm, zodResolver } from '../../components/form'
import { LabelledFormDialog } from '../../components/FormDialog'
import { textsOf } from '../../components/formValues'

const t = da.meetings

const schema = textFieldsOf(itemFieldsSchema, {
  title: t.items.itemTitle,
  caseNumber: t.items.caseNumber,
  caseOfficer: t.items.caseOfficer,
  presenter: t.items.presenter,
  caseSummary: t.items.caseSummary,
  recommendation: t.items.recommendation,
  decisionText: t.items.decisionText,
  dissent: t.items.dissent
}).extend({
  closed: z.boolean(),
  minutesAllotted: formFields.integerBy(itemFieldsSchema.shape.minutesAllotted, t.items.minutesAllotted, { optional: true }),
  decisionChoice: z.enum(decisionChoices),
  itemAbsentMemberIds: z.array(z.number())
})
type Values = z.infer<typeof schema>
const FIELDS = [
  'title',
  'closed',
  'caseNumber',
  'caseOfficer',
  'presenter',
  'minutesAllotted',
  'caseSummary',
  'recommendation',
  'decisionChoice',
  'decisionText',
  'dissent',
  'itemAbsentMemberIds'
]

export function ItemDialog({
  meetingId,
  item,
  attendance,
  showDecision,
  onClose
}: {
  meetingId: number
  item: AgendaItem | null
  attendance: Attendance[]
  showDecision: boolean
  onClose: () => void
}) {
  const save = useApiMutation('meetings.items.save')
  const form = useGuardedForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      ...textsOf(item, ['title', 'caseNumber', 'caseOfficer', 'presenter', 'caseSummary', 'recommendation', 'decisionChoice', 'decisionText', 'dissent']),
      closed: item?.closed ?? false,
      minutesAllotted: item?.minutesAllotted === null || item === null ? '' : String(item.minutesAllotted),
      itemAbsentMemberIds: item?.itemAbsentMemberIds ?? []
    }
  })
  const absentIds = form.watch('itemAbsentMemberIds')
  const closed = form.watch('closed')
  const saveItem = (v: Values) =>
    save.mutateAsync({
      ...(item ? { itemId: item.id } : { meetingId }),
      title: v.title,
      closed: v.closed,
      caseNumber: v.caseNumber,
      caseOfficer: v.caseOfficer,
      presenter: v.presenter,
      minutesAllotted: v.minutesAllotted.trim() === '' ? null : Number(v.minutesAllotted),
      caseSummary: v.caseSummary,
      recommendation: v.recommendation,
      decisionChoice: v.decisionChoice as DecisionChoice,
      decisionText: v.decisionText,
      dissent: v.dissent,
      itemAbsentMemberIds: v.itemAbsentMemberIds
    })
  const present = attendance.filter((a) => a.status !== 'absent')
  return (
    <LabelledFormDialog
      form={form}
      fields={FIELDS}
      save={saveItem}
      onClose={onClose}
      title={item ? `${t.items.edit} ${item.number ?? ''}` : t.items.add}
      label={item ? t.items.edit : t.items.add}
      maxWidth="md"
    >
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <FormTextField cell={{ xs: 12, md: 9 }} control={form.control} name="title" label={t.items.itemTitle} fullWidth required />
        <Grid size={{ xs: 12, md: 3 }}>
          <FormControlLabel control={<Checkbox checked={closed} onChange={(e) => form.setValue('closed', e.target.checked)} />} label={t.items.closed} />
        </Grid>
        <FormTextField cell={{ xs: 12, sm: 6, md: 3 }} control={form.control} name="caseNumber" label={t.items.caseNumber} fullWidth />
        <FormTextField cell={{ xs: 12, sm: 6, md: 3 }} control={form.control} name="caseOfficer" label={t.items.caseOfficer} fullWidth />
        <FormTextField cell={{ xs: 12, sm: 6, md: 3 }} control={form.control} name="presenter" label={t.items.presenter} fullWidth />
        <FormTextField
          cell={{ xs: 12, sm: 6, md: 3 }}
          control={form.control}
          name="minutesAllotted"
          label={t.items.minutesAllotted}
          fullWidth
          inputMode="numeric"
        />
        <FormTextField cell={12} control={form.control} name="caseSummary" label={t.items.caseSummary} fullWidth multiline minRows={3} />
        <FormTextField cell={12} control={form.control} name="recommendation" label={t.items.recommendation} fullWidth multiline minRows={2} />
        {showDecision ? (
          <>
            <Grid size={12}>
              <Typography variant="subtitle1" component="h3">
                {t.items.decision}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <FormTextField control={form.control} name="decisionChoice" label={t.items.decisionChoice} select fullWidth>
                {decisionChoices.map((c) => (
                  <MenuItem key={c} value={c}>
                    {t.decisionChoices[c]}
                  </MenuItem>
                ))}
              </FormTextField>
            </Grid>
            <FormTextField cell={{ xs: 12, md: 8 }} control={form.control} name="decisionText" label={t.items.decisionText} fullWidth multiline minRows={2} />
            <FormTextField
              cell={12}
              control={form.control}
              name="dissent"
              label={t.items.dissent}
              helperText={t.items.dissentHelp}
              fullWidth
              multiline
              minRows={2}
            />
            {present.length > 0 ? (
              <Grid size={12}>
                <FormLabel component="legend">{t.items.itemAbsent}</FormLabel>
                <Typography variant="body2" color="text.secondary">
                  {t.items.itemAbsentHelp}
                </Typography>
                <FormGroup row>
                  {present.map((a) => (
                    <FormControlLabel
                      key={a.memberId}
                      label={a.name}
                      control={
                        <Checkbox
                          checked={absentIds.includes(a.memberId)}
                          onChange={(e) =>
                            form.setValue('itemAbsentMemberIds', e.target.checked ? [...absentIds, a.memberId] : absentIds.filter((id) => id !== a.memberId))
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
              </Grid>
            ) : null}
          </>
        ) : null}
      </Grid>
    </LabelledFormDialog>
  )
}

// Settings › Sikkerhedskopier: the automatic daily backups (date, size), how many are kept, and
// «Gendan» with a confirmation. The service checks the copy (integrity and the audit trail) before
// it replaces anything, and keeps the replaced file aside; the page then shows where.
import { useState } from 'react'
import { z } from 'zod'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableRow, Typography } from '@mui/material'
import RestoreIcon from '@mui/icons-material/Restore'
import { da } from '@shared/texts/da'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatFileSize } from '@shared/domain/fileSize'
import { keepBackupsSchema, MAX_KEEP_BACKUPS, type BackupEntry, type BackupList } from '@shared/api/core'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { useConfirm } from '../../components/ConfirmDialog'
import { FormRootError, FormTextField, showServerError, useGuardedForm, zodResolver } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { SettingsSection } from './SettingsSection'
import { HeadRow } from '../../components/HeadRow'

const t = da.core.backups

const keepSchema = z.object({
  keep: z
    .string()
    .trim()
    .refine((s) => /^\d+$/.test(s) && keepBackupsSchema.safeParse(Number(s)).success, t.errors.keepRange(MAX_KEEP_BACKUPS))
})
type KeepValues = z.infer<typeof keepSchema>

function KeepForm({ keep }: { keep: number }) {
  const save = useApiMutation('app.backups.settings.save', { invalidate: ['app.backups.list'] })
  const [saved, setSaved] = useState<number | null>(null)
  const { control, handleSubmit, setError, formState, reset } = useGuardedForm<KeepValues>({
    resolver: zodResolver(keepSchema),
    defaultValues: { keep: String(keep) }
  })
  const submit = handleSubmit(async (values) => {
    setSaved(null)
    try {
      const r = await save.mutateAsync({ keep: Number(values.keep) })
      reset({ keep: String(r.keep) })
      setSaved(r.keep)
    } catch (e) {
      if (!showServerError(e, setError, ['keep'])) setError('root', { message: errorMessage(e) })
    }
  })
  return (
    <form onSubmit={submit} noValidate aria-label={t.keep}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <FormTextField control={control} name="keep" label={t.keep} size="small" sx={{ width: 220 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <Button type="submit" variant="outlined" loading={save.isPending}>
          {t.saveKeep}
        </Button>
      </Stack>
      <FormRootError message={formState.errors.root?.message} />
      {saved !== null ? (
        <Alert severity="success" sx={{ mt: 2 }}>
          {t.keepSaved(saved)}
        </Alert>
      ) : null}
    </form>
  )
}

function BackupTable({ list }: { list: BackupList }) {
  const client = useQueryClient()
  const restore = useApiMutation('app.backups.restore', { invalidate: [] })
  const [dialog, confirm] = useConfirm()
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const onRestore = async (item: BackupEntry) => {
    const date = formatDate(item.date)
    const yes = await confirm({ title: t.confirmTitle, message: t.confirmMessage(date), confirmLabel: t.confirm, cancelLabel: t.cancel })
    if (!yes) return
    setResult(null)
    try {
      const r = await restore.mutateAsync({ name: item.name })
      // Everything on screen came from the replaced database: read it all again.
      client.removeQueries()
      await client.invalidateQueries()
      setResult({ ok: true, message: t.restored(formatDate(r.date), r.asideFile) })
    } catch (e) {
      setResult({ ok: false, message: errorMessage(e) })
    }
  }
  return (
    <>
      {dialog}
      {result ? (
        <Alert severity={result.ok ? 'success' : 'error'} role={result.ok ? 'status' : 'alert'} sx={{ mb: 2 }}>
          {result.message}
        </Alert>
      ) : null}
      {list.items.length === 0 ? (
        <Typography color="text.secondary">{t.none}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.title}>
            <HeadRow cells={[t.date, { right: t.size }, t.made, t.file]} end={<TableCell />} />
            <TableBody>
              {list.items.map((item) => (
                <TableRow key={item.name}>
                  <TableCell>{formatDate(item.date)}</TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatFileSize(item.sizeBytes)}
                  </TableCell>
                  <TableCell>{formatDateTime(item.createdAt)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{item.name}</TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      startIcon={<RestoreIcon />}
                      aria-label={t.restoreLabel(formatDate(item.date))}
                      disabled={restore.isPending}
                      onClick={() => void onRestore(item)}
                    >
                      {restore.isPending && restore.variables?.name === item.name ? t.restoring : t.restore}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  )
}

export function BackupSection() {
  const list = useApiQuery('app.backups.list', {})
  return (
    <SettingsSection id="backups-title" title={t.title}>
      <QueryView query={list}>
        {(data) =>
          data.enabled ? (
            <Stack spacing={2}>
              <Typography>{t.intro(data.keep)}</Typography>
              <Typography variant="body2" color="text.secondary">
                {t.folder}: <span style={{ fontFamily: 'monospace' }}>{data.folder}</span>
              </Typography>
              {data.lastError ? <Alert severity="warning">{t.lastError(data.lastError)}</Alert> : null}
              <KeepForm keep={data.keep} />
              <BackupTable list={data} />
            </Stack>
          ) : (
            <Typography color="text.secondary">{t.disabled}</Typography>
          )
        }
      </QueryView>
    </SettingsSection>
  )
}

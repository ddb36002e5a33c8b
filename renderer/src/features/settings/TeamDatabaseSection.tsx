// Settings › Forbind til fællesdatabase: which database Puljestyr uses now, a connection string
// (and password) to test and keep for the next start, and the way back to the local file. The
// service tests the connection before it keeps it; the page says what is stored where, and that a
// restart is what switches the database (the running app does not swap it under its open screens).
import { useState } from 'react'
import { Alert, Button, Stack, Typography } from '@mui/material'
import { da } from '@shared/texts/da'
import type { TeamDatabaseStatus } from '@shared/api/core'
import { errorMessage } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { FormRootError, FormTextField, showServerError, useGuardedForm } from '../../components/form'
import { QueryView } from '../../shell/StateViews'
import { SettingsSection } from './SettingsSection'

const t = da.core.teamDatabase

interface ConnectionValues {
  url: string
  password: string
}

function ConnectionForm({ status }: { status: TeamDatabaseStatus }) {
  const test = useApiMutation('app.teamDatabase.test', { invalidate: [] })
  const save = useApiMutation('app.teamDatabase.save', { invalidate: ['app.teamDatabase.get'] })
  const [tested, setTested] = useState<string | null>(null)
  const [saved, setSaved] = useState<TeamDatabaseStatus | null>(null)
  const { control, handleSubmit, setError, formState, reset, getValues } = useGuardedForm<ConnectionValues>({
    defaultValues: { url: status.stored?.url ?? '', password: '' }
  })
  const input = (values: ConnectionValues) => ({ url: values.url, ...(values.password ? { password: values.password } : {}) })
  const refused = (e: unknown) => {
    if (!showServerError(e, setError, ['url', 'password'])) setError('root', { message: errorMessage(e) })
  }
  const onTest = handleSubmit(async (values) => {
    setTested(null)
    setSaved(null)
    try {
      const r = await test.mutateAsync(input(values))
      setTested(t.tested(r.user, r.database, r.server, r.schemaVersion))
    } catch (e) {
      refused(e)
    }
  })
  const onConnect = handleSubmit(async (values) => {
    setTested(null)
    setSaved(null)
    try {
      const r = await save.mutateAsync(input(values))
      reset({ url: r.stored?.url ?? '', password: '' })
      setSaved(r)
    } catch (e) {
      refused(e)
    }
  })
  const onLocal = async () => {
    setTested(null)
    setSaved(null)
    try {
      const r = await save.mutateAsync({ url: null })
      reset({ url: getValues('url'), password: '' })
      setSaved(r)
    } catch (e) {
      setError('root', { message: errorMessage(e) })
    }
  }
  return (
    <form onSubmit={onConnect} noValidate aria-label={t.title}>
      <Stack spacing={2}>
        <FormTextField control={control} name="url" label={t.url} helperText={t.urlHelp} fullWidth autoComplete="off" spellCheck={false} />
        <FormTextField
          control={control}
          name="password"
          label={t.password}
          helperText={t.passwordHelp}
          type="password"
          autoComplete="new-password"
          sx={{ maxWidth: 360 }}
        />
        <Stack direction="row" spacing={2}>
          <Button variant="outlined" onClick={() => void onTest()} loading={test.isPending} loadingPosition="start">
            {test.isPending ? t.testing : t.test}
          </Button>
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {save.isPending ? t.connecting : t.connect}
          </Button>
          {status.stored ? (
            <Button variant="text" onClick={() => void onLocal()} disabled={save.isPending}>
              {t.useLocal}
            </Button>
          ) : null}
        </Stack>
        <FormRootError message={formState.errors.root?.message} />
        {tested ? (
          <Alert severity="success" role="status">
            {tested}
          </Alert>
        ) : null}
        {saved ? <SavedAlert status={saved} /> : null}
      </Stack>
    </form>
  )
}

function SavedAlert({ status }: { status: TeamDatabaseStatus }) {
  return (
    <Alert severity={status.restartNeeded ? 'warning' : 'success'} role="status">
      {status.stored ? `${t.stored(status.stored.url)} ${status.stored.passwordStored ? t.passwordSealed : t.passwordNotStored} ` : ''}
      {status.restartNeeded ? t.restart : ''}
    </Alert>
  )
}

export function TeamDatabaseSection() {
  const status = useApiQuery('app.teamDatabase.get', {})
  return (
    <SettingsSection id="team-database-title" title={t.title}>
      <QueryView query={status}>
        {(data) => (
          <Stack spacing={2}>
            <Typography>{t.intro}</Typography>
            <Typography>{data.current.kind === 'sqlite' ? t.nowLocal(data.current.target) : t.nowTeam(data.current.target, data.current.user)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t.settingsFile}: <span style={{ fontFamily: 'monospace' }}>{data.settingsFile}</span>
            </Typography>
            {data.restartNeeded ? <Alert severity="warning">{t.restart}</Alert> : null}
            <ConnectionForm status={data} />
          </Stack>
        )}
      </QueryView>
    </SettingsSection>
  )
}

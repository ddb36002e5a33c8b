// #/indstillinger: settings of the whole program and its database file. Each section is its own
// component (the backups now; e.g. the team database's connection can be added beside it).
import { Stack } from '@mui/material'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { BackupSection } from './BackupSection'

export function SettingsPage() {
  return (
    <>
      <PageHeader title={da.core.settings.title} subtitle={da.core.settings.subtitle} />
      <Stack spacing={3}>
        <BackupSection />
      </Stack>
    </>
  )
}

// #/indstillinger: settings of the whole program and its database. Each section is its own
// component: the local file's backups and the team database's connection.
import { Stack } from '@mui/material'
import { da } from '@shared/texts/da'
import { PageHeader } from '../../shell/PageHeader'
import { BackupSection } from './BackupSection'
import { TeamDatabaseSection } from './TeamDatabaseSection'

export function SettingsPage() {
  return (
    <>
      <PageHeader title={da.core.settings.title} subtitle={da.core.settings.subtitle} />
      <Stack spacing={3}>
        <BackupSection />
        <TeamDatabaseSection />
      </Stack>
    </>
  )
}

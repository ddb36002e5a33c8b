// The project's front page: what is booked in all, and the latest signed account.
import { Typography } from '@mui/material'
import { formatDate } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { QueryView } from '../../shell/StateViews'
import { SectionCard } from '../../components/SectionCard'

const t = da.time.ui.overview

export function AccountsOverviewCard({ projectId }: { projectId: number }) {
  const ledger = useApiQuery('ledger.list', { projectId, limit: 0 })
  const accounts = useApiQuery('accounts.list', { projectId })
  const last = (accounts.data ?? []).filter((a) => a.status === 'signed').at(-1)
  return (
    <SectionCard title={t.accountsTitle} links={[{ to: `/projekt/${projectId}/regnskab/posteringer`, label: t.openLedger }]}>
      <QueryView query={ledger}>{(l) => <Typography data-testid="overview-ledger-total">{t.ledgerTotal(formatKr(l.totalOre))}</Typography>}</QueryView>
      <Typography color="text.secondary">
        {last
          ? t.lastAccount(`${da.accounts.kinds[last.kind]} ${formatDate(last.periodFrom)}–${formatDate(last.periodTo)}`, formatDate(last.signedOn))
          : t.noAccount}
      </Typography>
    </SectionCard>
  )
}

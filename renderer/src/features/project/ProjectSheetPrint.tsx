// Print route /print/projekt/:projectId: the project's master data and grant on one A4 page.
import { useParams } from 'react-router'
import { formatKr } from '@shared/domain/money'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintQuery } from '../../print/PrintDocument'
import { PrintFacts } from '../../print/PrintFacts'
import { PrintTable } from '../../print/PrintTable'

const t = da.core.project

export function ProjectSheetPrint() {
  const projectId = Number(useParams().projectId)
  const project = useApiQuery('projects.get', { projectId })
  return (
    <PrintQuery query={project} title={t.sheetTitle} project={(p) => p.title}>
      {(p) => (
        <>
          <h1>{`${t.sheetTitle}: ${p.title}`}</h1>
          <p className="print-meta">{p.municipality}</p>
          <PrintFacts
            facts={[
              { label: t.pool, value: p.financeAct ? `${p.poolName} (${p.financeAct})` : p.poolName },
              { label: t.caseNumber, value: p.caseNumber },
              { label: t.responsible, value: p.responsible },
              { label: t.period, value: `${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}` },
              { label: t.amountApplied, value: formatKr(p.amountAppliedOre), num: true },
              { label: t.grantAmount, value: formatKr(p.grantAmountOre), num: true }
            ]}
          />
          <h2>{t.grantByYear}</h2>
          <PrintTable
            rows={p.grantByYear.map((y) => ({ label: String(y.year), ore: y.amountOre }))}
            rowKey={(y) => y.label}
            columns={[
              { head: t.year, cell: (y) => y.label },
              { head: t.amount, num: true, cell: (y) => formatKr(y.ore) }
            ]}
            totals={[
              { label: t.splitTotal, ore: p.grantSplit.splitTotalOre },
              { label: t.splitDifference, ore: p.grantSplit.differenceOre }
            ]}
          />
          <p className="print-footer">{t.printedAt(formatDateTime(new Date().toISOString()))}</p>
        </>
      )}
    </PrintQuery>
  )
}

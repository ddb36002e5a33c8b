// Print route /print/budget/:projectId/version/:versionId: a budget version on A4. For a revision,
// the request to STAR: the reason, what changes, the old and the new lines, compared with the grant.
import { useParams } from 'react-router'
import type { BudgetGrantComparisonView, BudgetLineView, BudgetVersionDetail } from '@shared/api/budget'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintDocument, PrintQuery } from '../../print/PrintDocument'
import { PrintFacts } from '../../print/PrintFacts'
import { PrintTable } from '../../print/PrintTable'
import { lineFigures, yearTotalOre } from './BudgetTables'

const t = da.budget.ui.print
const l = da.budget.ui.lines

function LinesPrint({ lines, comparison }: { lines: BudgetLineView[]; comparison: BudgetGrantComparisonView }) {
  const years = [...new Set(lines.map((x) => x.year))].sort()
  return (
    <table className="budget-lines">
      <thead>
        <tr>
          <th>{l.year}</th>
          <th>{l.title}</th>
          <th className="num">{l.staffCount}</th>
          <th className="num">{l.hours}</th>
          <th className="num">{l.rate}</th>
          <th className="num">{l.amount}</th>
          <th>{l.note}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => {
          const ofYear = lines.filter((x) => x.year === y)
          return [
            ...ofYear.map((x) => {
              const f = lineFigures(x)
              return (
                <tr key={x.budgetLineId}>
                  <td>{x.year}</td>
                  <td>{`${x.title} (${x.categoryLabel})`}</td>
                  <td className="num">{f.staff}</td>
                  <td className="num">{f.hours}</td>
                  <td className="num">{f.rate}</td>
                  <td className="num">{formatKr(x.amountOre)}</td>
                  <td className="budget-note">{x.note}</td>
                </tr>
              )
            }),
            <tr key={`s${y}`}>
              <th colSpan={5}>{l.yearTotal(y)}</th>
              <th className="num">{formatKr(yearTotalOre(comparison, y) ?? 0)}</th>
              <th />
            </tr>
          ]
        })}
      </tbody>
    </table>
  )
}

function Comparison({ d }: { d: BudgetVersionDetail }) {
  const c = d.comparison
  const cmp = da.budget.ui.comparison
  return (
    <PrintTable
      rows={c.years.map((y) => ({ label: String(y.year), grantOre: y.grantOre, budgetOre: y.budgetOre, differenceOre: y.differenceOre }))}
      rowKey={(y) => y.label}
      columns={[
        { head: cmp.year, cell: (y) => y.label },
        { head: cmp.grant, num: true, cell: (y) => formatKr(y.grantOre) },
        { head: cmp.budget, num: true, cell: (y) => formatKr(y.budgetOre) },
        { head: cmp.difference, num: true, cell: (y) => formatKr(y.differenceOre) }
      ]}
      total={{ label: cmp.grantAmount, grantOre: c.grantAmountOre, budgetOre: c.budgetTotalOre, differenceOre: c.budgetVsGrantOre }}
    />
  )
}

function Body({ d, base }: { d: BudgetVersionDetail; base: BudgetVersionDetail | null }) {
  const v = d.version
  const p = d.project
  const revision = v.kind === 'revision'
  return (
    <>
      <h1>{revision ? t.requestTitle : t.budgetTitle}</h1>
      <p className="print-meta">{`${p.municipality} · ${p.title} · ${p.poolName}${p.caseNumber ? ` · ${t.caseNumber} ${p.caseNumber}` : ''} · ${t.period} ${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}`}</p>
      <PrintFacts
        facts={[
          { label: t.version, value: `${v.title} (${da.budget.ui.version.versionNo(v.number)})` },
          { label: t.status, value: da.budget.status[v.status] },
          v.sentDate ? { label: t.sent, value: formatDate(v.sentDate) } : null,
          v.decidedDate ? { label: t.decided, value: `${formatDate(v.decidedDate)}${v.starReference ? ` · ${v.starReference}` : ''}` } : null,
          { label: t.grant, value: formatKr(p.grantAmountOre) }
        ]}
      />
      {revision ? (
        <>
          <h2>{t.reason}</h2>
          <p>{v.reason || t.noReason}</p>
          <p>{d.approvalNeeded ? t.needsApproval : t.noApprovalNeeded}</p>
          <h2>{t.changes}</h2>
          <PrintTable
            rows={d.changes}
            rowKey={(c) => c.budgetLineId}
            columns={[
              { head: l.year, cell: (c) => c.year },
              { head: l.title, cell: (c) => `${c.title} (${c.categoryLabel})` },
              { head: da.budget.ui.version.change, cell: (c) => da.budget.ui.version.changeKind[c.change] },
              { head: t.oldAmount, num: true, cell: (c) => (c.before ? formatKr(c.before.amountOre) : '–') },
              { head: t.newAmount, num: true, cell: (c) => (c.after ? formatKr(c.after.amountOre) : '–') },
              { head: da.budget.ui.version.delta, num: true, cell: (c) => formatKr(c.deltaOre) }
            ]}
          />
          {base ? (
            <section className="print-section">
              <h2>{t.oldLines(base.version.number)}</h2>
              <LinesPrint lines={base.lines} comparison={base.comparison} />
            </section>
          ) : null}
          <section className="print-section">
            <h2>{t.newLines}</h2>
            <LinesPrint lines={d.lines} comparison={d.comparison} />
          </section>
        </>
      ) : (
        <>
          <h2>{t.lines}</h2>
          <LinesPrint lines={d.lines} comparison={d.comparison} />
        </>
      )}
      <h2>{t.comparison}</h2>
      <Comparison d={d} />
      <p className="print-footer">{da.core.project.printedAt(formatDateTime(new Date().toISOString()))}</p>
    </>
  )
}

function WithBase({ d }: { d: BudgetVersionDetail }) {
  const base = useApiQuery('budget.version', { versionId: d.version.baseVersionId ?? 0 }, { enabled: d.version.baseVersionId !== null })
  if (d.version.baseVersionId === null)
    return (
      <PrintDocument title={t.budgetTitle} project={d.project.title}>
        {<Body d={d} base={null} />}
      </PrintDocument>
    )
  return (
    <PrintQuery query={base} title={t.requestTitle} project={d.project.title}>
      {(b) => <Body d={d} base={b} />}
    </PrintQuery>
  )
}

export function RevisionPrint() {
  const versionId = Number(useParams().versionId)
  const detail = useApiQuery('budget.version', { versionId })
  if (detail.isPending) return <article className="print-document" data-print-ready="false" />
  if (detail.isError)
    return (
      <article className="print-document" data-print-ready="error" role="alert">
        {detail.error.message}
      </article>
    )
  return <WithBase d={detail.data} />
}

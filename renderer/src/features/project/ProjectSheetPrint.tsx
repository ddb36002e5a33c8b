// Print route /print/projekt/:projectId: the project's master data and grant on one A4 page.
import { useParams } from 'react-router'
import { formatKr } from '@shared/domain/money'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintQuery } from '../../print/PrintDocument'

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
          <table>
            <tbody>
              <tr>
                <th>{t.pool}</th>
                <td>{p.financeAct ? `${p.poolName} (${p.financeAct})` : p.poolName}</td>
              </tr>
              <tr>
                <th>{t.caseNumber}</th>
                <td>{p.caseNumber}</td>
              </tr>
              <tr>
                <th>{t.responsible}</th>
                <td>{p.responsible}</td>
              </tr>
              <tr>
                <th>{t.period}</th>
                <td>{`${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}`}</td>
              </tr>
              <tr>
                <th>{t.amountApplied}</th>
                <td className="num">{formatKr(p.amountAppliedOre)}</td>
              </tr>
              <tr>
                <th>{t.grantAmount}</th>
                <td className="num">{formatKr(p.grantAmountOre)}</td>
              </tr>
            </tbody>
          </table>
          <h2>{t.grantByYear}</h2>
          <table>
            <thead>
              <tr>
                <th>{t.year}</th>
                <th className="num">{t.amount}</th>
              </tr>
            </thead>
            <tbody>
              {p.grantByYear.map((y) => (
                <tr key={y.year}>
                  <td>{y.year}</td>
                  <td className="num">{formatKr(y.amountOre)}</td>
                </tr>
              ))}
              <tr>
                <th>{t.splitTotal}</th>
                <th className="num">{formatKr(p.grantSplit.splitTotalOre)}</th>
              </tr>
              <tr>
                <th>{t.splitDifference}</th>
                <th className="num">{formatKr(p.grantSplit.differenceOre)}</th>
              </tr>
            </tbody>
          </table>
          <p className="print-footer">{t.printedAt(formatDateTime(new Date().toISOString()))}</p>
        </>
      )}
    </PrintQuery>
  )
}

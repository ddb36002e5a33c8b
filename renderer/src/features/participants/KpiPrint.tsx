// Print route /print/projekt/:projectId/kpi: the KPI report for the steering group (no names).
import { useParams } from 'react-router'
import { formatDateTime } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { bothQueries, PrintQuery } from '../../print/PrintDocument'
import { pct, ui } from './common'
import { KpiChart, KpiTable, latestAgainstTargets, measuredMonths } from './kpiParts'
import { formatMonth } from '@shared/domain/months'

const k = ui.kpi

export function KpiPrint() {
  const projectId = Number(useParams().projectId)
  const report = useApiQuery('participants.kpi.monthly', { projectId })
  const project = useApiQuery('projects.get', { projectId })
  return (
    <PrintQuery query={bothQueries(report, project)} title={k.printTitle} project={([, p]) => p.title}>
      {([r, p]) => {
        const months = measuredMonths(r)
        const latest = months[months.length - 1]
        return (
          <>
            <h1>{`${k.printTitle}: ${p.title}`}</h1>
            <p className="print-meta">{`${p.municipality} · ${k.printIntro(r.poolName)}`}</p>
            <h2>{k.conditions}</h2>
            {r.conditions.length === 0 ? <p>{k.noConditions}</p> : null}
            {r.conditions.map((c, i) => (
              <p key={i} className="participants-condition">
                <strong>{`${c.met === null ? k.notMeasured : c.met ? k.met : k.notMet}: `}</strong>
                {`${c.label}. ${c.detail}`}
              </p>
            ))}
            {latest ? (
              <>
                <h2>{k.latest(formatMonth(latest.month))}</h2>
                <table>
                  <tbody>
                    {latestAgainstTargets(r, latest).map((row) => (
                      <tr key={row.label}>
                        <th>{row.label}</th>
                        <td className="num">{pct(row.value)}</td>
                        <td className="num">{da.participants.targetText(row.target, row.atMost)}</td>
                        <td>{row.ok === null ? '' : row.ok ? k.met : k.notMet}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div className="print-section">
                  <h2>{k.chartTitle}</h2>
                  <div className="chart">
                    <KpiChart report={r} height={260} />
                  </div>
                </div>
                <h2 className="page-break">{k.table}</h2>
                <div className="participants-kpi-table">
                  <KpiTable report={r} print />
                </div>
              </>
            ) : (
              <p>{k.noStatus}</p>
            )}
            <p className="print-footer">{da.core.project.printedAt(formatDateTime(new Date().toISOString()))}</p>
          </>
        )
      }}
    </PrintQuery>
  )
}

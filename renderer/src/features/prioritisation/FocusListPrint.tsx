// Print route /print/prioritering/:projectId/:month: the Pareto focus list of a month on A4 (issue
// #12), through the one print path: rank, pseudonym, job broker, the score's weighted parts, the
// score and whether the participant is in focus or pinned; those taken off the list with the reason.
import { useParams } from 'react-router'
import { formatMonth } from '@shared/domain/months'
import { formatSetShare } from '@shared/domain/percent'
import { formatScore } from '@shared/domain/participants/progression'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { bothQueries, PrintQuery } from '../../print/PrintDocument'

const p = da.participants.ui.prioritisation
const parts = da.participants.scoreParts

export function FocusListPrint() {
  const params = useParams()
  const projectId = Number(params.projectId)
  const month = params.month ?? ''
  const list = useApiQuery('prioritisation.list', { projectId, month })
  const project = useApiQuery('projects.get', { projectId })
  return (
    <PrintQuery query={bothQueries(list, project)} title={p.printTitle(formatMonth(month))} project={([, pr]) => pr.title}>
      {([l, pr]) => {
        const weighted = (l.entries[0]?.parts ?? []).filter((part) => part.weight > 0)
        const focus = l.entries.filter((e) => e.focus).length
        return (
          <>
            <h1>{`${p.printTitle(formatMonth(l.month))}: ${pr.title}`}</h1>
            <p className="print-meta">{`${pr.municipality} · ${p.printNote}`}</p>
            <p>{p.focusCount(focus, l.entries.length, formatSetShare(l.focusShare))}</p>
            <p>{p.scoreHelp(l.lookbackMonths)}</p>
            {l.entries.length === 0 ? (
              <p>{p.noEntries}</p>
            ) : (
              <table className="compact">
                <thead>
                  <tr>
                    <th className="num">{p.rank}</th>
                    <th>{p.participant}</th>
                    <th>{p.broker}</th>
                    {weighted.map((part) => (
                      <th key={part.key} className="num-wrap">{`${parts[part.key]} (${part.weight})`}</th>
                    ))}
                    <th className="num">{p.score}</th>
                    <th>{p.focus}</th>
                  </tr>
                </thead>
                <tbody>
                  {l.entries.map((e) => (
                    <tr key={e.participantId}>
                      <td className="num">{e.rank}</td>
                      <td>{e.pseudonym}</td>
                      <td>{e.jobBrokerName ?? ''}</td>
                      {e.parts
                        .filter((part) => part.weight > 0)
                        .map((part) => (
                          <td key={part.key} className="num">
                            {formatScore(part.points)}
                          </td>
                        ))}
                      <td className="num">{formatScore(e.score)}</td>
                      <td>{e.pinned ? `${p.pinnedBadge}${e.pinReason ? `: ${e.pinReason}` : ''}` : e.focus ? p.focusBadge : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {l.excluded.length > 0 ? (
              <>
                <h2>{p.excluded}</h2>
                <table>
                  <tbody>
                    {l.excluded.map((x) => (
                      <tr key={x.participantId}>
                        <td>{x.pseudonym}</td>
                        <td>{x.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : null}
          </>
        )
      }}
    </PrintQuery>
  )
}

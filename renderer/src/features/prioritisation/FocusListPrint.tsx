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
import { PrintTable, type PrintColumn } from '../../print/PrintTable'

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
        type Entry = (typeof l.entries)[number]
        const partColumns = weighted.map(
          (part, k): PrintColumn<Entry> => ({
            head: `${parts[part.key]} (${part.weight})`,
            num: 'wrap',
            cell: (e) => formatScore(e.parts.filter((x) => x.weight > 0)[k]!.points)
          })
        )
        return (
          <>
            <h1>{`${p.printTitle(formatMonth(l.month))}: ${pr.title}`}</h1>
            <p className="print-meta">{`${pr.municipality} · ${p.printNote}`}</p>
            <p>{p.focusCount(focus, l.entries.length, formatSetShare(l.focusShare))}</p>
            <p>{p.scoreHelp(l.lookbackMonths)}</p>
            <PrintTable
              className="compact"
              rows={l.entries}
              rowKey={(e) => e.participantId}
              columns={[
                { head: p.rank, num: true, cell: (e) => e.rank },
                { head: p.participant, cell: (e) => e.pseudonym },
                { head: p.broker, cell: (e) => e.jobBrokerName ?? '' },
                ...partColumns,
                { head: p.score, num: true, cell: (e) => formatScore(e.score) },
                { head: p.focus, cell: (e) => (e.pinned ? `${p.pinnedBadge}${e.pinReason ? `: ${e.pinReason}` : ''}` : e.focus ? p.focusBadge : '') }
              ]}
              whenEmpty={{ text: p.noEntries }}
            />
            {l.excluded.length > 0 ? (
              <>
                <h2>{p.excluded}</h2>
                <PrintTable rows={l.excluded} rowKey={(x) => x.participantId} columns={[{ cell: (x) => x.pseudonym }, { cell: (x) => x.reason }]} />
              </>
            ) : null}
          </>
        )
      }}
    </PrintQuery>
  )
}

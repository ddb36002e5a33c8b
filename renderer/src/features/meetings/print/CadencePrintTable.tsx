// The cadence of one group as a plain table for printouts (the quarterly pack reuses it):
// every period of the project, whether a meeting was held, and the rule for partial periods.
import type { GroupCadence } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { PrintTable } from '../../../print/PrintTable'

const t = da.meetings

export function CadencePrintTable({ cadence }: { cadence: GroupCadence }) {
  return (
    <section className="print-section meetings-cadence">
      <h3>{`${cadence.groupName}: ${t.groups.cadenceLabel(cadence.cadenceMonths)}`}</h3>
      <PrintTable
        rows={cadence.periods}
        rowKey={(p) => p.start}
        rowClass={(p) => (p.status === 'missed' ? 'meetings-missed' : undefined)}
        columns={[
          { head: t.cadence.period, cell: (p) => p.label },
          {
            head: t.cadence.status,
            cell: (p) =>
              p.status === 'not_required' && p.coveragePct < 100
                ? `${t.cadence.statuses.not_required} (${t.cadence.notRequiredPartial(p.coveragePct)})`
                : t.cadence.statuses[p.status]
          },
          { head: t.cadence.meetings, cell: (p) => p.heldMeetings.map((m) => formatDate(m.date)).join(', ') }
        ]}
      />
      <p className="print-meta">{cadence.partialRule}</p>
    </section>
  )
}

// The cadence of one group as a plain table for printouts (the quarterly pack reuses it):
// every period of the project, whether a meeting was held, and the rule for partial periods.
import type { GroupCadence } from '@shared/api/meetings'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'

const t = da.meetings

export function CadencePrintTable({ cadence }: { cadence: GroupCadence }) {
  return (
    <section className="print-section meetings-cadence">
      <h3>{`${cadence.groupName}: ${t.groups.cadenceLabel(cadence.cadenceMonths)}`}</h3>
      <table>
        <thead>
          <tr>
            <th>{t.cadence.period}</th>
            <th>{t.cadence.status}</th>
            <th>{t.cadence.meetings}</th>
          </tr>
        </thead>
        <tbody>
          {cadence.periods.map((p) => (
            <tr key={p.start} className={p.status === 'missed' ? 'meetings-missed' : undefined}>
              <td>{p.label}</td>
              <td>
                {p.status === 'not_required' && p.coveragePct < 100
                  ? `${t.cadence.statuses.not_required} (${t.cadence.notRequiredPartial(p.coveragePct)})`
                  : t.cadence.statuses[p.status]}
              </td>
              <td>{p.heldMeetings.map((m) => formatDate(m.date)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-meta">{cadence.partialRule}</p>
    </section>
  )
}

// CLI commands of the meetings domain: `puljestyr meetings --db FILE --project ID [--json]` prints
// the groups with their members, every meeting with attendance, items, decisions and action
// items, and the cadence per quarter.
import type { Command } from 'commander'
import { formatDate } from '@shared/domain/dates'
import { da } from '@shared/texts/da'
import { callApi, dbOption, printJson, projectIdOf, projectOptions, withRuntime } from '../support'

const t = da.meetings

export function registerMeetingsCommands(program: Command): void {
  dbOption(projectOptions(program.command('meetings').description(t.cli.description)), true).action(
    async (opts: { db: string; project: string; json?: boolean }) => {
      const projectId = projectIdOf(opts.project)
      await withRuntime(opts.db, async (rt) => {
        const data = await callApi(rt, 'meetings.export', { projectId })
        if (opts.json) return printJson(data)
        for (const g of data.groups) {
          console.log(`${g.name} (${t.groupKinds[g.kind]}): ${t.groups.cadenceLabel(g.effectiveCadenceMonths)}`)
          for (const m of g.members) {
            const period = m.endDate ? t.cli.until(formatDate(m.endDate)) : ''
            console.log(`  ${t.roles[m.role]}: ${m.name}, ${m.jobTitle}, ${m.administration}${period}`)
          }
          const cadence = data.cadence.find((c) => c.groupId === g.id)
          if (cadence) console.log(`  ${cadence.periods.map((p) => `${p.label}: ${t.cadence.statuses[p.status]}`).join('; ')}`)
        }
        for (const m of data.meetings) {
          console.log(`${formatDate(m.date)} ${m.startTime}–${m.endTime}\t${m.groupName}\t${t.statuses[m.status]}\t${t.cli.items(m.items.length)}`)
        }
      })
    }
  )
}

// `puljestyr report`: the quarterly pack (kvartalsvis statuspakke) from the command line. Prints
// the pack's figures (the same call as the pack itself), makes and stores the PDF with --pdf, and
// with --verify says whether a PDF is a pack that Puljestyr made and stored, unchanged.
import fs from 'node:fs'
import type { Command } from 'commander'
import { formatDate, formatDateTime } from '@shared/domain/dates'
import { formatKr } from '@shared/domain/money'
import { formatMeasuredShare } from '@shared/domain/percent'
import { formatScore } from '@shared/domain/participants/progression'
import { da } from '@shared/texts/da'
import { CliError, callApi, dbOption, printJson, projectIdOf, projectOptions, withRuntime } from '../support'
import { formatMonth } from '@shared/domain/months'

const d = da.quarterly.doc
const c = da.quarterly.cli

interface ReportOptions {
  db: string
  project?: string
  quarter?: string
  json?: boolean
  pdf?: string
  publication?: boolean
  verify?: string
}

export function registerQuarterlyCommands(program: Command): void {
  dbOption(
    projectOptions(program.command('report').description(c.description), { required: false, json: c.jsonOption })
      .option('--quarter <kvartal>', c.quarterOption)
      .option('--pdf <fil>', c.pdfOption)
      .option('--publication', c.publicationOption)
      .option('--verify <fil>', c.verifyOption),
    true
  ).action(async (opts: ReportOptions) => {
    await withRuntime(opts.db, async (rt) => {
      if (opts.verify) {
        if (!fs.existsSync(opts.verify)) throw new CliError(da.core.cli.fileMissing(opts.verify), 2)
        const r = await callApi(rt, 'quarterly.verify', { contentBase64: fs.readFileSync(opts.verify).toString('base64') })
        if (opts.json) return printJson(r)
        if (!r.known || !r.pack) {
          console.log(c.notRecognised(opts.verify, r.sha256))
          process.exitCode = 1
          return
        }
        const p = r.pack
        console.log(c.recognised(opts.verify, p.id, p.quarterLabel, p.publication, formatDateTime(p.madeAt), p.madeBy, p.pages, p.pdfSha256))
        return
      }
      const projectId = projectIdOf(opts.project)
      const quarter = opts.quarter ?? (await callApi(rt, 'quarterly.quarters', { projectId })).defaultQuarter
      const publication = opts.publication ?? false
      if (opts.pdf) {
        const pack = await callApi(rt, 'quarterly.make', { projectId, quarter, publication })
        const full = await callApi(rt, 'quarterly.packs.get', { packId: pack.id })
        fs.writeFileSync(opts.pdf, Buffer.from(full.contentBase64, 'base64'))
        if (opts.json) return printJson(pack)
        console.log(c.made(pack.id, pack.quarterLabel, pack.pages, opts.pdf, pack.pdfSha256))
        return
      }
      const r = await callApi(rt, 'quarterly.get', { projectId, quarter, publication })
      if (opts.json) return printJson(r)
      console.log(`${d.title}: ${r.project.title}, ${r.quarter.label}`)
      console.log(`${d.grant}\t${formatKr(r.project.grantAmountOre)}`)
      console.log(`\n${d.lights}`)
      for (const l of r.lights) console.log(`${da.quarterly.lights.colours[l.colour].toUpperCase()}\t${l.label}\t${l.rule}`)
      console.log(`\n${d.sections.economy}`)
      console.log(d.inForce(r.economy.inForceVersion))
      if (r.economy.lines.length === 0) console.log(d.noLines)
      const forecast = (ore: number | null) => (ore === null ? '' : formatKr(ore))
      console.log([d.year, d.budget, d.spentQuarter, d.spentToDate, d.remaining, d.forecast].join('\t'))
      for (const y of r.economy.years)
        console.log(
          [y.year, formatKr(y.budgetOre), formatKr(y.spentInQuarterOre), formatKr(y.spentToDateOre), formatKr(y.remainingOre), forecast(y.forecastOre)].join(
            '\t'
          )
        )
      const tt = r.economy.totals
      console.log(
        [
          d.total,
          formatKr(tt.budgetOre),
          formatKr(tt.spentInQuarterOre),
          formatKr(tt.spentToDateOre),
          formatKr(tt.remainingOre),
          forecast(tt.forecastOre)
        ].join('\t')
      )
      console.log(`\n${d.revisions}`)
      if (r.economy.revisions.length === 0) console.log(d.noRevisions)
      for (const v of r.economy.revisions)
        console.log(
          [
            `${v.number}. ${v.title}`,
            v.betweenYears ? d.betweenYears(v.statusLabel) : v.statusLabel,
            v.date ? formatDate(v.date) : '',
            v.years.length === 0
              ? d.noChange
              : d.movedText(
                  v.years.map((y) => `${y.year}: ${formatKr(y.deltaOre)}`),
                  v.changedLines
                )
          ].join('\t')
        )
      console.log(`\n${d.instalments}`)
      if (r.instalments.length === 0) console.log(da.quarterly.lights.instalmentsRule.none)
      for (const i of r.instalments)
        console.log(
          [
            i.label,
            formatDate(i.expectedDate),
            da.budget.ui.instalments.statuses[i.status],
            i.appliedAmountOre === null ? '' : formatKr(i.appliedAmountOre),
            i.receivedAmountOre === null ? '' : formatKr(i.receivedAmountOre)
          ].join('\t')
        )
      console.log(`\n${d.sections.results}`)
      const latest = r.results.months.find((m) => m.month === r.results.latestMonth)
      if (!latest) console.log(d.noStatus)
      else {
        console.log(d.latestKpis(formatMonth(latest.month)))
        for (const [key, share] of Object.entries(latest.shares))
          console.log(`${da.participants.kpis[key as keyof typeof latest.shares] ?? key}\t${formatMeasuredShare(share)}`)
        console.log(`${da.participants.kpis.shareOfOpenCasesPassive}\t${formatMeasuredShare(latest.passiveShare)}`)
        console.log(d.caseload)
        for (const c of latest.caseload) console.log(`${c.name}\t${c.count}`)
      }
      console.log(d.progression)
      if (r.progression.every((p) => p.participants === 0)) console.log(d.noProgression)
      else
        for (const p of r.progression)
          console.log(
            [p.label, p.participants, p.intakeMean === null ? '' : formatScore(p.intakeMean), p.latestMean === null ? '' : formatScore(p.latestMean)].join('\t')
          )
      console.log(`\n${d.sections.prioritisation}`)
      if (!r.focusList) console.log(d.focusLeftOut)
      else {
        console.log(`${d.focusList(formatMonth(r.focusList.month))}\t${d.focusCount(r.focusList.entries.length)}`)
        if (r.focusList.entries.length === 0) console.log(d.noFocus)
        for (const e of r.focusList.entries) console.log([e.rank, e.pseudonym, e.jobBrokerName ?? '', formatScore(e.score)].join('\t'))
      }
      console.log(`${d.passiveTotal(r.passivity.total)}${r.passivity.previousTotal === null ? '' : `\t(${d.previous}: ${r.passivity.previousTotal})`}`)
      for (const p of r.passivity.rows) console.log(`${p.label}\t${p.value}\t${formatMeasuredShare(p.cumulativeShare)}`)
      console.log(`\n${d.sections.steering}`)
      if (r.steering.groups.length === 0) console.log(d.noGroups)
      for (const g of r.steering.groups) console.log(`${g.groupName}\t${g.meetings.length}\t${g.metInQuarter ? '' : d.noMeetingFlag}`)
      const prev = r.steering.previous
      console.log(`${d.meetingsHeld(r.steering.meetingsHeld)}${prev ? `\t(${d.previous}: ${prev.meetingsHeld})` : ''}`)
      console.log(`${d.openActionsCount(r.steering.openActions.length)}${prev ? `\t(${d.previous}: ${prev.openActions})` : ''}`)
      console.log(`${d.overdueCount(r.steering.overdueCount)}${prev ? `\t(${d.previous}: ${prev.overdueCount})` : ''}`)
    })
  })
}

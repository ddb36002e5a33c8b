// Indstillinger › Forbind til fællesdatabase (issue #15): a connection string is tested and refused
// in Danish when no server answers; with DIALECT=postgres (`npm run test:e2e:pg`) a real team
// database of the throwaway cluster is tested, kept without its password, and used by the next start.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { test, expect, createE2eDatabase } from './fixtures'
import { freePort } from '../support/postgres'

/** The database `puljestyr serve` opens when no --db or PULJESTYR_DB names one, with the user's settings in `dataHome`. */
async function databaseOfNextStart(dataHome: string): Promise<string> {
  const cli = path.resolve(__dirname, '..', '..', 'bin', 'puljestyr.cjs')
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: dataHome }
  delete env.PULJESTYR_DB
  const child = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    return await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /^Database: (.+)$/m.exec(out)
        if (m) resolve(m[1]!.trim())
      })
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)))
    })
  } finally {
    child.kill('SIGTERM')
  }
}

test('a team database connection is tested, refused in Danish when wrong, and kept for the next start', async ({ page, app }) => {
  const onPostgres = process.env.DIALECT === 'postgres'
  await page.getByRole('link', { name: 'Indstillinger' }).click()
  const section = page.getByRole('region', { name: 'Forbind til fællesdatabase' })
  await expect(section).toContainText(
    onPostgres
      ? `Puljestyr bruger nu fællesdatabasen ${app.dbFile} som databasebrugeren postgres.`
      : `Puljestyr bruger nu den lokale databasefil ${app.dbFile}.`
  )
  const url = section.getByRole('textbox', { name: 'Forbindelse' })
  const port = await freePort()
  await url.fill(`postgres://anne@127.0.0.1:${port}/puljestyr`)
  await section.getByRole('button', { name: 'Test forbindelsen' }).click()
  await expect(section.getByText(`Serveren 127.0.0.1 svarer ikke på port ${port}. Er adressen og porten rigtige, og kører PostgreSQL?`)).toBeVisible()
  if (!onPostgres) return

  const team = await createE2eDatabase('empty')
  await url.fill(team)
  await section.getByRole('button', { name: 'Test forbindelsen' }).click()
  await expect(section.getByRole('status')).toContainText(
    `Forbindelsen virker: logget på som postgres i databasen ${new URL(team).pathname.slice(1)} (PostgreSQL`
  )
  await expect(section.getByRole('status')).toContainText('Skemaversion 0015_ledger_month_index.')
  await section.getByRole('button', { name: 'Forbind til fællesdatabase' }).click()
  const saved = section.getByRole('status')
  await expect(saved).toContainText(`Gemt i indstillingerne: ${team}. Adgangskoden gemmes ikke.`)
  await expect(saved).toContainText('Genstart Puljestyr for at bruge den valgte database')
  // The next start of browser mode without --db uses it.
  expect(await databaseOfNextStart(app.dir)).toBe(team)
  expect(fs.readFileSync(path.join(app.dir, 'Puljestyr', 'faellesdatabase.json'), 'utf8')).toContain(team)

  await section.getByRole('button', { name: 'Brug den lokale fil igen' }).click()
  await expect(section.getByRole('button', { name: 'Brug den lokale fil igen' })).toBeHidden()
  expect(fs.existsSync(path.join(app.dir, 'Puljestyr', 'faellesdatabase.json'))).toBe(false)
})

// «Forbind til fællesdatabase» (issue #15): the service behind the settings page. A connection
// string is checked and tried (on the throwaway cluster with DIALECT=postgres), refused in Danish
// naming what is wrong, and kept for the next start without its password; the CLI and browser mode
// then use it when no --db names another.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resolveDatabaseFile } from '../../../services/db/location'
import { connectionError, parseTeamUrl } from '../../../services/core/teamDatabase'
import { migrationNames } from '../../../services/db/migrations'
import { createTestDatabase, testDialect } from '../../support/dialect'
import { freePort } from '../../support/postgres'
import { createTestRuntime, type TestRuntime } from '../../support/runtime'

let rt: TestRuntime
let settingsFile: string
beforeEach(async () => {
  rt = await createTestRuntime()
  settingsFile = path.join(rt.dir, 'faellesdatabase.json')
})
afterEach(async () => {
  await rt.close()
})

describe('the team database connection in the settings', () => {
  it('refuses what is not a PostgreSQL connection string, naming what is missing', async () => {
    const cases: [string, string][] = [
      ['mysql://anne@db/puljestyr', 'Forbindelsen skal begynde med postgres:// (fx postgres://anne@db.kommune.local/puljestyr).'],
      ['postgres://db.kommune.local/puljestyr', 'Forbindelsen skal nævne databasebrugeren: postgres://bruger@server/database.'],
      ['postgres://anne@db.kommune.local', 'Forbindelsen skal nævne databasen til sidst: postgres://bruger@server/database.']
    ]
    for (const [url, message] of cases)
      expect(await rt.callError('app.teamDatabase.test', { url })).toMatchObject({ code: 'validation', field: 'url', message })
  })

  it('says in Danish what PostgreSQL refused (the throwaway cluster trusts every login, so these are its error codes)', () => {
    const target = parseTeamUrl('postgres://anne@db.kommune.local/puljestyr')
    const said = (e: object) => connectionError(e, target).message
    expect(said({ code: '28P01', message: 'password authentication failed for user "anne"' })).toBe('Forkert adgangskode for databasebrugeren anne.')
    expect(said({ message: 'SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string' })).toBe(
      'Serveren kræver en adgangskode for anne. Skriv den, eller læg den i ~/.pgpass eller PGPASSWORD.'
    )
    expect(said({ code: '28000', message: 'no pg_hba.conf entry' })).toBe(
      'Serveren lukker ikke databasebrugeren anne ind i puljestyr. Findes brugeren, og må den logge på fra denne computer? Spørg IT.'
    )
    expect(said({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND db.kommune.local' })).toBe('Serveren db.kommune.local findes ikke. Tjek navnet.')
    expect(said({ message: 'Connection terminated due to connection timeout' })).toBe('Serveren db.kommune.local svarede ikke inden for 10 sekunder.')
  })

  it('says in Danish when no server answers, and stores nothing', async () => {
    const port = await freePort()
    const error = await rt.callError('app.teamDatabase.save', { url: `postgres://anne@127.0.0.1:${port}/puljestyr` })
    expect(error.message).toBe(`Serveren 127.0.0.1 svarer ikke på port ${port}. Er adressen og porten rigtige, og kører PostgreSQL?`)
    expect(fs.existsSync(settingsFile)).toBe(false)
    expect((await rt.call('app.teamDatabase.get', {})).stored).toBeNull()
  })

  it.runIf(testDialect() === 'postgres')('tests a real connection, keeps it without the password, and the next start uses it', async () => {
    const team = new URL(await createTestDatabase())
    const tested = await rt.call('app.teamDatabase.test', { url: team.toString() })
    expect(tested).toEqual({
      user: 'postgres',
      database: team.pathname.slice(1),
      server: expect.stringMatching(/^PostgreSQL \d+/),
      schemaVersion: migrationNames.at(-1)
    })
    const missing = new URL(team)
    missing.pathname = '/findes_ikke'
    expect((await rt.callError('app.teamDatabase.test', { url: missing.toString() })).message).toBe(`Databasen findes_ikke findes ikke på ${team.hostname}.`)

    // A password typed into the string is never written down (here without a keychain: not stored at all).
    const withPassword = new URL(team)
    withPassword.password = 'hemmelig'
    const saved = await rt.call('app.teamDatabase.save', { url: withPassword.toString() })
    expect(saved).toMatchObject({ stored: { url: team.toString(), passwordStored: false }, settingsFile, restartNeeded: true })
    expect(saved.current).toMatchObject({ kind: 'postgres', user: 'postgres' })
    expect(fs.readFileSync(settingsFile, 'utf8')).not.toContain('hemmelig')
    // The desktop shell hands over the password sealed by the keychain: that is kept.
    const sealed = await rt.call('app.teamDatabase.save', {
      url: team.toString(),
      password: 'hemmelig',
      sealedPassword: Buffer.from('forseglet').toString('base64')
    })
    expect(sealed.stored).toEqual({ url: team.toString(), passwordStored: true })
    expect(fs.readFileSync(settingsFile, 'utf8')).not.toContain('hemmelig')

    // Browser mode and the CLI: no --db and no PULJESTYR_DB → the team database chosen in the settings.
    const xdg = path.join(rt.dir, 'xdg')
    fs.mkdirSync(path.join(xdg, 'Puljestyr'), { recursive: true })
    fs.copyFileSync(settingsFile, path.join(xdg, 'Puljestyr', 'faellesdatabase.json'))
    expect(resolveDatabaseFile(undefined, { XDG_DATA_HOME: xdg })).toBe(team.toString())
    expect(resolveDatabaseFile('/tmp/egen.db', { XDG_DATA_HOME: xdg })).toBe('/tmp/egen.db')

    // «Brug den lokale fil igen».
    expect((await rt.call('app.teamDatabase.save', { url: null })).stored).toBeNull()
    expect(fs.existsSync(settingsFile)).toBe(false)
  })
})

// `npm start`: the desktop app when Electron's binary is available (it is fetched on first use on
// a normal machine), otherwise browser mode, said in one plain sentence.
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

function electronBinary() {
  if (process.env.PULJESTYR_BROWSER_MODE === '1') return null
  // require('electron') returns the binary's path, downloading it first if needed; it throws where
  // no download is possible (as on offline build machines).
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8', timeout: 300_000 })
  return r.status === 0 && r.stdout ? r.stdout.trim() : null
}

const electron = electronBinary()
if (electron) {
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('Electron-programmet findes ikke på denne maskine, så Puljestyr starter i browsertilstand i stedet.')
  const child = spawn(process.execPath, [path.join(root, 'bin', 'puljestyr.cjs'), 'serve', '--open', ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
}
